package org.designcontest.platform.boundary;

/**
 * The request is valid but the thing is not in a state that allows it (a launched contest edited as
 * a draft, a stale version, a transition the lifecycle does not have).
 */
public class ConflictException extends BusinessException {

  public ConflictException(String message) {
    super(message);
  }
}
