package org.designcontest.platform.boundary;

/** The caller is known but may not do this. */
public class NotPermittedException extends BusinessException {

  public NotPermittedException(String message) {
    super(message);
  }
}
