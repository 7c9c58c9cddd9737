package org.designcontest.platform.control;

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
import java.util.Collection;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Tells the open pages of some people, on whichever instance they are connected, of something new
 * (a toast, a chat message): a message on the {@code live} topic, which every instance relays to
 * its own WebSocket sessions of the accounts it names (ARCHITECTURE.md decision 5).
 *
 * <p>Sent once the transaction has committed (what rolled back is never shown), non-persistent (an
 * update nobody sees is not worth keeping: the notification centre and the chat history have it),
 * through one long-lived context on a connection factory outside transactions: a transacted send
 * per update cost a new session and a two-phase commit with the broker each.
 */
@ApplicationScoped
public class LiveChannel {

  /** The message property listing the accounts whose pages receive the message: "12,40,41". */
  public static final String ACCOUNT_IDS = "accountIds";

  private static final Logger LOG = Logger.getLogger(LiveChannel.class.getName());

  /** What some people's pages are to hear. */
  record LiveUpdate(String accountIds, String json) {}

  @Inject Event<LiveUpdate> afterCommit;

  @Resource(lookup = "jms/live-updates")
  ConnectionFactory factory;

  @Resource(lookup = "jms/live")
  Topic live;

  private JMSContext context;

  /** Sends the JSON to the open pages of the accounts once the current transaction commits. */
  public void tell(Collection<Long> accountIds, String json) {
    if (!accountIds.isEmpty()) {
      afterCommit.fire(
          new LiveUpdate(
              accountIds.stream().map(String::valueOf).collect(Collectors.joining(",")), json));
    }
  }

  synchronized void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveUpdate update) {
    try {
      if (context == null) {
        context = factory.createContext();
      }
      context
          .createProducer()
          .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
          .setProperty(ACCOUNT_IDS, update.accountIds())
          .send(live, update.json());
    } catch (JMSRuntimeException e) { // a broken connection: the next update opens a new one
      LOG.warning(() -> "live update not sent: accounts=" + update.accountIds() + ": " + e);
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
