package org.designcontest.platform.boundary;

/** The request does not say who is calling, or names nobody we know. */
public class NotAuthenticatedException extends BusinessException {

  public NotAuthenticatedException(String message) {
    super(message);
  }
}
