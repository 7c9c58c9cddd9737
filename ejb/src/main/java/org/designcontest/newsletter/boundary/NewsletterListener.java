package org.designcontest.newsletter.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.MessagingException;
import org.designcontest.newsletter.control.NewsletterMail;
import org.designcontest.newsletter.control.NewsletterSender;

/**
 * Takes a chunk of rendered newsletter emails off the {@code newsletters} queue and has them sent.
 * Outside any transaction, like the notification listener: the sender commits what it sent before
 * the message is acknowledged, so a redelivery sends only the rest. A failure is rethrown: OpenMQ's
 * adapter redelivers the message 5 times 10 s apart, then moves it to the dead-letter queue, where
 * administrators see and replay it (docs/operations.md).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "newsletters"),
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "imqjmsra"),
      @ActivationConfigProperty(
          propertyName = "endpointExceptionRedeliveryAttempts",
          propertyValue = "5"),
      @ActivationConfigProperty(
          propertyName = "endpointExceptionRedeliveryInterval",
          propertyValue = "10000"),
      @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "true")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NewsletterListener implements MessageListener {

  @Inject NewsletterSender sender;

  @Override
  public void onMessage(Message message) {
    try {
      sender.send(NewsletterMail.fromJson(message.getBody(String.class)));
    } catch (JMSException e) {
      throw new JMSRuntimeException("unreadable newsletter message: " + e.getMessage());
    } catch (MessagingException e) {
      throw new IllegalStateException("the SMTP server failed: " + e.getMessage(), e);
    }
  }
}
