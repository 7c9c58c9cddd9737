package org.designcontest.platform.boundary;

/**
 * One field of the input breaks a business rule that Bean Validation cannot see (a reference, a
 * range).
 */
public class InvalidFieldException extends BusinessException {

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
