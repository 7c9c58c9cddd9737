package org.designcontest.web.faces.judging;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import org.designcontest.platform.boundary.BusinessException;
import org.omnifaces.util.Messages;

/**
 * The judging pages' refusals: what the services said, as an error next to the action that was
 * refused (the page's {@code h:message} for that component), nothing changed.
 */
final class Refusals {

  private Refusals() {}

  /**
   * Sends a visitor to the sign-in page (as {@code SignInFirst}, without its SecurityContext, which
   * a view-scoped bean may not hold); true if it did.
   */
  static boolean sentToSignIn(FacesContext faces) throws IOException {
    if (faces.getExternalContext().getUserPrincipal() != null) {
      return false;
    }
    faces
        .getExternalContext()
        .redirect(faces.getExternalContext().getRequestContextPath() + "/login.xhtml");
    faces.responseComplete();
    return true;
  }

  /** Shows the refusal on {@code clientId}; rethrows anything that is not one. */
  static void show(String clientId, RuntimeException e) {
    if (e instanceof BusinessException refused) {
      Messages.addError(clientId, refused.getMessage());
      return;
    }
    if (e instanceof EJBException && e.getCause() instanceof ConstraintViolationException invalid) {
      invalid.getConstraintViolations().stream()
          .map(ConstraintViolation::getMessage)
          .distinct()
          .forEach(message -> Messages.addError(clientId, message));
      return;
    }
    if (e instanceof EJBException && e.getCause() instanceof BusinessException refused) {
      Messages.addError(clientId, refused.getMessage());
      return;
    }
    throw e;
  }
}
