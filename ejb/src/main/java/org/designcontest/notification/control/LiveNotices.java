package org.designcontest.notification.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Tells the open pages of a person, on whichever instance they are connected, that a notification
 * arrived: a message on the {@code live} topic, which every instance relays to its own WebSocket
 * sessions (ARCHITECTURE.md decision 5).
 *
 * <p>Sent once the notification's transaction has committed (a rolled-back notification shows no
 * toast), non-persistent (a toast nobody sees is not worth keeping; the notification centre has
 * it), through one long-lived context on a connection factory outside transactions: a transacted
 * send per notification cost a new session and a two-phase commit with the broker each.
 */
@ApplicationScoped
public class LiveNotices {

  /** The message property naming the account whose pages receive the message. */
  public static final String ACCOUNT_ID = "accountId";

  private static final Logger LOG = Logger.getLogger(LiveNotices.class.getName());

  // Json.createObjectBuilder() looks the provider up through the ServiceLoader on every call: once
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  /** What one person's pages are to hear. */
  record LiveNotice(long accountId, String json) {}

  @Inject Event<LiveNotice> afterCommit;

  @Resource(lookup = "jms/live-updates")
  ConnectionFactory factory;

  @Resource(lookup = "jms/live")
  Topic live;

  private JMSContext context;

  /**
   * @param unread how many of the person's notifications are unread now
   */
  public void notificationArrived(long accountId, long id, String title, String link, long unread) {
    afterCommit.fire(
        new LiveNotice(
            accountId,
            JSON.createObjectBuilder()
                .add("type", "notification")
                .add("id", id)
                .add("title", title)
                .add("link", link)
                .add("unread", unread)
                .build()
                .toString()));
  }

  synchronized void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveNotice notice) {
    try {
      if (context == null) {
        context = factory.createContext();
      }
      context
          .createProducer()
          .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
          .setProperty(ACCOUNT_ID, notice.accountId())
          .send(live, notice.json());
    } catch (JMSRuntimeException e) { // a broken connection: the next notice opens a new one
      LOG.warning(() -> "live notice not sent: account=" + notice.accountId() + ": " + e);
      close();
    }
  }

  @PreDestroy
  synchronized void close() {
    if (context != null) {
      try {
        context.close();
      } catch (JMSRuntimeException e) {
        LOG.fine(() -> "live context already broken: " + e);
      }
      context = null;
    }
  }
}
