package org.designcontest.web.faces.moderation;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** What the moderation pages share: reading numbers from the address, answering with an error. */
final class PageParams {

  private PageParams() {}

  /** A positive id or page number from the address; null if absent or not a number. */
  static Long number(String value) {
    if (value == null || value.isBlank() || value.length() > 18) {
      return null;
    }
    try {
      long number = Long.parseLong(value.strip());
      return number < 0 ? null : number;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Ends the request with an error status: the container shows the friendly error page. */
  static void sendError(FacesContext faces, int status, String message) throws IOException {
    faces.getExternalContext().responseSendError(status, message);
    faces.responseComplete();
  }
}
