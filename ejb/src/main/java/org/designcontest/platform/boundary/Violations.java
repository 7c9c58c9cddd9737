package org.designcontest.platform.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Names the field a Bean Validation failure is about, the same way for the API and the pages. */
public final class Violations {

  private Violations() {}

  /** The last property of the path; a whole missing request is "body". */
  public static String fieldOf(ConstraintViolation<?> violation) {
    String field = "body";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PROPERTY) {
        field = node.getName();
      }
    }
    return field;
  }
}
