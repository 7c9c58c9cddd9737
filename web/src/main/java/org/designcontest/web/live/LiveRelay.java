package org.designcontest.web.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import java.util.logging.Logger;
import org.designcontest.platform.control.LiveChannel;

/**
 * This instance's subscriber to the {@code live} topic: passes each update to the pages of the
 * accounts it names that are connected here. Non-durable: an update nobody is connected for is not
 * kept (the notification centre and the chat history have it).
 *
 * <p>One consumer on a managed thread, acknowledging lazily (DUPS_OK: a page drops a chat frame it
 * has, by message id), rather than a message-driven bean: the resource adapter acknowledged each
 * update to the broker and waited for its answer, 15 to 90 ms on a busy machine, which held chat
 * delivery to about ten messages a second (docs/benchmarks/chat.md).
 */
@Singleton
@Startup
public class LiveRelay {

  private static final Logger LOG = Logger.getLogger(LiveRelay.class.getName());

  /** How long a receive waits before it looks whether the relay is stopping. */
  private static final long RECEIVE_MILLIS = 1000;

  @Resource(lookup = "jms/live-updates")
  ConnectionFactory factory;

  @Resource(lookup = "jms/live")
  Topic live;

  @Resource ManagedThreadFactory threads;

  @Inject LiveSessions sessions;

  private volatile boolean running;

  private Thread listener;

  @PostConstruct
  void start() {
    running = true;
    listener = threads.newThread(this::listen);
    listener.setName("live-relay");
    listener.start();
  }

  @PreDestroy
  void stop() {
    running = false;
    listener.interrupt();
    try {
      listener.join(RECEIVE_MILLIS * 2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Receives until stopped; a lost broker connection is opened again a second later. */
  private void listen() {
    while (running) {
      try (JMSContext context = factory.createContext(JMSContext.DUPS_OK_ACKNOWLEDGE)) {
        JMSConsumer consumer = context.createConsumer(live);
        LOG.info("live relay: listening to the live topic");
        while (running) {
          Message update = consumer.receive(RECEIVE_MILLIS);
          if (update != null) {
            relay(update);
          }
        }
      } catch (JMSRuntimeException e) {
        if (running) {
          LOG.warning(() -> "live relay: connection lost, again in 1 s: " + e);
          pause();
        }
      }
    }
  }

  private void relay(Message update) {
    try {
      String text = update.getBody(String.class);
      for (String accountId : update.getStringProperty(LiveChannel.ACCOUNT_IDS).split(",")) {
        sessions.deliver(Long.parseLong(accountId), text);
      }
    } catch (JMSException | RuntimeException e) { // a malformed update is dropped: nothing to redo
      LOG.warning(() -> "live update unreadable: " + e);
    }
  }

  private void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
