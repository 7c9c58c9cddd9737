package org.designcontest.event.control;

import org.designcontest.event.entity.DomainEvent;

/**
 * The port through which services announce domain events. Publishing joins the caller's
 * transaction: if it rolls back, nothing is delivered.
 */
public interface EventPublisher {

  void publish(DomainEvent event);
}
