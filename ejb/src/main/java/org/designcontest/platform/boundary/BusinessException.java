package org.designcontest.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A request the business refuses. Unchecked and rolling back, so a refused request never leaves
 * half a write behind; each subclass is mapped once by each transport (problem+json, page message).
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

  protected BusinessException(String message) {
    super(message);
  }
}
