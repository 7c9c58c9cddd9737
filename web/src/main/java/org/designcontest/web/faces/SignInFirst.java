package org.designcontest.web.faces;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Pages for signed-in people send visitors to the sign-in page instead. */
public final class SignInFirst {

  private SignInFirst() {}

  /** True if the caller is a visitor and was sent to sign in (the page renders nothing then). */
  public static boolean redirected(FacesContext faces) throws IOException {
    // the request's principal, not an injected SecurityContext: view-scoped beans call this too
    if (faces.getExternalContext().getUserPrincipal() != null) {
      return false;
    }
    faces
        .getExternalContext()
        .redirect(faces.getExternalContext().getRequestContextPath() + "/login.xhtml");
    faces.responseComplete();
    return true;
  }
}
