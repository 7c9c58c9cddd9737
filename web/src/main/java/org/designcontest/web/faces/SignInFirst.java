package org.designcontest.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;

/** Pages for signed-in people send visitors to the sign-in page instead. */
public final class SignInFirst {

  private SignInFirst() {}

  /** True if the caller is a visitor and was sent to sign in (the page renders nothing then). */
  public static boolean redirected(FacesContext faces, SecurityContext security)
      throws IOException {
    if (security.getCallerPrincipal() != null) {
      return false;
    }
    faces
        .getExternalContext()
        .redirect(faces.getExternalContext().getRequestContextPath() + "/login.xhtml");
    faces.responseComplete();
    return true;
  }
}
