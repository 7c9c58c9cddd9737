package org.designcontest.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
 * per update cost a new session and a two-phase commit with the broker each. The committing thread
 * only queues the update; one sender thread talks to the broker. Request threads that waited for
 * the broker (and for each other) held the WebSocket threads that deliver the updates, and a busy
 * chat delivered nothing until the load stopped (docs/benchmarks/chat.md).
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

  @Resource ManagedThreadFactory threads;

  /** How long a committing thread waits for room in a full queue before the update is dropped. */
  private static final long QUEUE_WAIT_MILLIS = 1000;

  private final BlockingQueue<LiveUpdate> queue = new LinkedBlockingQueue<>(10_000);

  private Thread sender;

  private JMSContext context; // the sender thread's only

  /** Sends the JSON to the open pages of the accounts once the current transaction commits. */
  public void tell(Collection<Long> accountIds, String json) {
    if (!accountIds.isEmpty()) {
      afterCommit.fire(
          new LiveUpdate(
              accountIds.stream().map(String::valueOf).collect(Collectors.joining(",")), json));
    }
  }

  void queue(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveUpdate update) {
    startSender();
    try {
      if (!queue.offer(update, QUEUE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
        LOG.warning(() -> "live update dropped (queue full): accounts=" + update.accountIds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void startSender() {
    if (sender == null) {
      sender = threads.newThread(this::sendQueued);
      sender.setName("live-channel-sender");
      sender.start();
    }
  }

  /** The sender thread: takes the queued updates to the broker, one after the other. */
  private void sendQueued() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        send(queue.take());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void send(LiveUpdate update) {
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
      closeContext();
    }
  }

  @PreDestroy
  synchronized void close() {
    if (sender != null) {
      sender.interrupt();
      try {
        sender.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    closeContext();
  }

  private void closeContext() {
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
