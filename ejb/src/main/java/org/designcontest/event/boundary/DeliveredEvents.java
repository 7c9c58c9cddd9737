package org.designcontest.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.designcontest.event.entity.DomainEvent;
import org.designcontest.notification.boundary.Notifier;

/**
 * What is done with events taken off the queue, in one database transaction: each is recorded in
 * its contest's history and told to the people it concerns. Both are idempotent per event, so a
 * message delivered again does nothing twice.
 */
@Stateless
public class DeliveredEvents {

  @Inject ContestHistory history;

  @Inject Notifier notifier;

  public void accept(List<DomainEvent> events) {
    history.recordAll(events);
    notifier.notifyAbout(events);
  }
}
