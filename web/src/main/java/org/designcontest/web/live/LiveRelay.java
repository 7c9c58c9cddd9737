package org.designcontest.web.live;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;
import org.designcontest.platform.control.LiveChannel;

/**
 * This instance's subscriber to the {@code live} topic: passes each update to the pages of the
 * accounts it names that are connected here. Non-durable: an update nobody is connected for is not
 * kept (the notification centre has it).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "live"),
      @ActivationConfigProperty(
          propertyName = "subscriptionDurability",
          propertyValue = "NonDurable"),
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "imqjmsra")
    })
public class LiveRelay implements MessageListener {

  private static final Logger LOG = Logger.getLogger(LiveRelay.class.getName());

  @Inject LiveSessions sessions;

  @Override
  public void onMessage(Message message) {
    try {
      String text = message.getBody(String.class);
      for (String accountId : message.getStringProperty(LiveChannel.ACCOUNT_IDS).split(",")) {
        sessions.deliver(Long.parseLong(accountId), text);
      }
    } catch (JMSException | RuntimeException e) { // a malformed update is dropped: nothing to redo
      LOG.warning(() -> "live update unreadable: message=" + e.getMessage());
    }
  }
}
