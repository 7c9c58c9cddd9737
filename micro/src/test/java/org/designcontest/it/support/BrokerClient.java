package org.designcontest.it.support;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A JMS client of the test broker, outside the app: puts messages on the app's queues as another
 * producer would (a redelivery, a poison message) and looks into the dead-letter queue.
 */
public final class BrokerClient {

  /** OpenMQ's dead-letter queue. */
  public static final String DEAD_LETTERS = "mq.sys.dmq";

  private BrokerClient() {}

  public static void send(String queue, String body) {
    try (JMSContext jms = factory().createContext("admin", "admin")) {
      jms.createProducer().send(jms.createQueue(queue), body);
    }
  }

  /** A message on a topic, to the pages of one account (as another app instance sends it). */
  public static void publish(String topic, String body, long accountId) {
    try (JMSContext jms = factory().createContext("admin", "admin")) {
      jms.createProducer()
          .setProperty("accountIds", String.valueOf(accountId))
          .send(jms.createTopic(topic), body);
    }
  }

  /** The text bodies of the messages waiting in a queue, oldest first. */
  public static List<String> browse(String queue) {
    try (JMSContext jms = factory().createContext("admin", "admin");
        QueueBrowser browser = jms.createBrowser(jms.createQueue(queue))) {
      List<String> bodies = new ArrayList<>();
      for (Object message : Collections.list(browser.getEnumeration())) {
        bodies.add(((Message) message).getBody(String.class));
      }
      return bodies;
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * OpenMQ's own connection factory, from imq.jar of the unpacked distribution (failsafe puts it on
   * the class path; it is not in a Maven repository, hence no compile-time reference).
   */
  private static ConnectionFactory factory() {
    return factory(OpenMqBroker.port());
  }

  /** A connection factory for the broker on this port of the local host (also for benchmarks). */
  public static ConnectionFactory factory(String port) {
    try {
      Class<?> type = Class.forName("com.sun.messaging.ConnectionFactory");
      Object factory = type.getConstructor().newInstance();
      type.getMethod("setProperty", String.class, String.class)
          .invoke(factory, "imqAddressList", "mq://127.0.0.1:" + port + "/");
      return (ConnectionFactory) factory;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("OpenMQ's imq.jar is not on the class path", e);
    }
  }
}
