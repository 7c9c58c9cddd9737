package org.designcontest.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What the error page says about the failure the container forwarded to it ({@code web.xml}'s error
 * pages): only which kind it was, never the exception's text or stack.
 */
@Named
@RequestScoped
public class ErrorPage {

  @Inject FacesContext faces;

  /** A form posted to a view the server no longer has (open too long, or signed out meanwhile). */
  public boolean isViewExpired() {
    Object error =
        faces.getExternalContext().getRequestMap().get("jakarta.servlet.error.exception");
    for (Throwable t = error instanceof Throwable thrown ? thrown : null;
        t != null;
        t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }
}
