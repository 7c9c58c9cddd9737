package org.designcontest.platform.boundary;

/** The thing asked for does not exist, or the caller may not know that it does. */
public class NotFoundException extends BusinessException {

  public NotFoundException(String message) {
    super(message);
  }
}
