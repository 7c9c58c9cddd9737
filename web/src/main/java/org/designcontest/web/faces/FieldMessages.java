package org.designcontest.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.Violations;
import org.omnifaces.util.Messages;

/**
 * Puts a service's refusal of the input next to the fields of a form (the input ids are the field
 * names), the way the API lists them under {@code errors}. The messages themselves are made by
 * OmniFaces' {@link Messages} (a sentence is shown as it is: no parameters are given, so nothing is
 * formatted).
 */
public final class FieldMessages {

  private FieldMessages() {}

  /** Shows the refusal; false if {@code e} was not about the input (then the caller rethrows). */
  public static boolean show(FacesContext faces, String formId, RuntimeException e) {
    if (e instanceof InvalidFieldException invalid) {
      add(faces, formId + ":" + invalid.field(), invalid.getMessage());
      return true;
    }
    if (e instanceof EJBException && e.getCause() instanceof ConstraintViolationException invalid) {
      invalid
          .getConstraintViolations()
          .forEach(v -> add(faces, formId + ":" + Violations.fieldOf(v), v.getMessage()));
      return true;
    }
    return false;
  }

  /**
   * For an action that failed: shows the refusal next to the form's fields and stays on the page
   * (returns null as the outcome); anything else is rethrown.
   */
  public static String stayWith(FacesContext faces, String formId, RuntimeException e) {
    if (!show(faces, formId, e)) {
      throw e;
    }
    return null;
  }

  /** A confirmation shown on the page the user is redirected to. */
  public static void flash(FacesContext faces, String sentence) {
    Messages.addFlashGlobalInfo(sentence);
  }

  private static void add(FacesContext faces, String clientId, String message) {
    Messages.addError(clientId, message);
  }
}
