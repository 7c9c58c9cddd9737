package org.designcontest.web.faces.judging;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.designcontest.platform.boundary.BusinessException;
import org.omnifaces.util.Messages;

/**
 * The judging pages' refusals: what the services said, as an error next to the action that was
 * refused (the page's {@code h:message} for that component), nothing changed.
 */
final class Refusals {

  private Refusals() {}

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
