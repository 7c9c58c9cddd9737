package org.designcontest.event.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.designcontest.event.entity.DomainEvent;

/**
 * Takes domain events off the {@code notifications} queue (one, or a batch as a JSON array) and
 * hands each to the history, in one transaction per message. A failure is rethrown, so the broker
 * redelivers and finally dead-letters the message.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "notifications"),
      // OpenMQ's adapter, deployed under the same name on Payara Micro and Payara Server
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "imqjmsra")
    })
public class ContestEventListener implements MessageListener {

  @Inject ContestHistory history;

  @Override
  public void onMessage(Message message) {
    try {
      history.recordAll(DomainEvent.allFromJson(message.getBody(String.class)));
    } catch (JMSException e) {
      throw new JMSRuntimeException("unreadable event message: " + e.getMessage());
    }
  }
}
