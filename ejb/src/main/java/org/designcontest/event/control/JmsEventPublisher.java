package org.designcontest.event.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.List;
import org.designcontest.event.entity.DomainEvent;

/**
 * Sends domain events to the {@code notifications} queue through the server's XA connection pool.
 */
@ApplicationScoped
public class JmsEventPublisher implements EventPublisher {

  static final String EVENT_TYPE = "eventType";
  static final String EVENT_ID = "eventId";
  static final String EVENT_COUNT = "eventCount";

  @Inject
  @JMSConnectionFactory("jms/designcontest")
  JMSContext jms;

  @Resource(lookup = "jms/notifications")
  Queue notifications;

  @Override
  public void publish(DomainEvent event) {
    jms.createProducer()
        .setProperty(EVENT_TYPE, event.type().name())
        .setProperty(EVENT_ID, event.eventId().toString())
        .send(notifications, event.toJson());
  }

  /** One message whose body is a JSON array of the events (none sent for an empty list). */
  @Override
  public void publishAll(List<DomainEvent> events) {
    if (!events.isEmpty()) {
      jms.createProducer()
          .setProperty(EVENT_COUNT, events.size())
          .send(notifications, DomainEvent.toJson(events));
    }
  }
}
