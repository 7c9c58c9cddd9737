package org.designcontest.event.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.designcontest.event.entity.DomainEvent;

/**
 * Takes domain events off the {@code notifications} queue (one, or a batch as a JSON array) and
 * hands them to {@link DeliveredEvents}, one database transaction per message. A failure is
 * rethrown, so OpenMQ's adapter redelivers the message a few times a second apart and then moves it
 * to the broker's dead-letter queue ({@code mq.sys.dmq}; docs/operations.md says how to inspect and
 * replay it), while other messages go on.
 *
 * <p>The message is not part of that transaction (no XA): it is acknowledged after the work has
 * committed. A crash between the two delivers it again, which the idempotent handling makes
 * harmless; in exchange each message costs one round trip to the broker instead of an XA
 * transaction's five, and acknowledgements go in batches (docs/benchmarks/notifications.md).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "notifications"),
      // OpenMQ's adapter, deployed under the same name on Payara Micro and Payara Server
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "imqjmsra"),
      @ActivationConfigProperty(
          propertyName = "endpointExceptionRedeliveryAttempts",
          propertyValue = "5"),
      @ActivationConfigProperty(
          propertyName = "endpointExceptionRedeliveryInterval",
          propertyValue = "1000"),
      @ActivationConfigProperty(
          propertyName = "sendUndeliverableMsgsToDMQ",
          propertyValue = "true"),
      // acknowledged lazily, in batches: a message seen twice after a crash is handled once anyway
      @ActivationConfigProperty(
          propertyName = "acknowledgeMode",
          propertyValue = "Dups-ok-acknowledge")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContestEventListener implements MessageListener {

  @Inject DeliveredEvents delivered;

  @Override
  public void onMessage(Message message) {
    try {
      delivered.accept(DomainEvent.allFromJson(message.getBody(String.class)));
    } catch (JMSException e) {
      throw new JMSRuntimeException("unreadable event message: " + e.getMessage());
    }
  }
}
