package org.designcontest.event.control;

import java.util.List;
import org.designcontest.event.entity.DomainEvent;

/**
 * The port through which services announce domain events. Publishing joins the caller's
 * transaction: if it rolls back, nothing is delivered.
 */
public interface EventPublisher {

  void publish(DomainEvent event);

  /**
   * Several events as one delivery (a sweep's batch of transitions): cheaper than one each, and
   * recorded in the same order.
   */
  void publishAll(List<DomainEvent> events);
}
