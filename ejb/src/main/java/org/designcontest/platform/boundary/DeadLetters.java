package org.designcontest.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.designcontest.account.control.Callers;

/**
 * The broker's dead-letter queue ({@code mq.sys.dmq}), for administrators: the messages our
 * listeners gave up on after their redeliveries, and replaying one to the queue it came from (once
 * the cause is fixed). A message keeps its original destination and id there; OpenMQ adds why it
 * died.
 */
@Stateless
public class DeadLetters {

  /** OpenMQ's dead-letter queue. */
  static final String QUEUE = "mq.sys.dmq";

  /** The queues whose dead letters may be replayed: the ones the app listens on. */
  private static final Set<String> REPLAYABLE = Set.of("notifications", "newsletters");

  private static final int MAX_LISTED = 100;

  private static final long REPLAY_WAIT_MILLIS = 2_000;

  private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());

  /**
   * @param origin the queue it was sent to
   * @param reason OpenMQ's reason, such as {@code UNDELIVERABLE}
   */
  public record DeadLetter(
      String messageId, String origin, String reason, Instant sentAt, String body) {}

  @Inject Callers callers;

  @Inject
  @JMSConnectionFactory("jms/designcontest")
  JMSContext jms;

  public List<DeadLetter> list() {
    callers.current().requireAdmin();
    List<DeadLetter> letters = new ArrayList<>();
    try (QueueBrowser browser = jms.createBrowser(jms.createQueue(QUEUE))) {
      for (Object message : Collections.list(browser.getEnumeration())) {
        if (letters.size() == MAX_LISTED) {
          break;
        }
        letters.add(letter((Message) message));
      }
    } catch (JMSException e) {
      throw new IllegalStateException("The dead-letter queue cannot be read: " + e.getMessage(), e);
    }
    return letters;
  }

  /** Takes the message off the dead-letter queue and sends it again where it was sent first. */
  public DeadLetter replay(String messageId) {
    callers.current().requireAdmin();
    if (!messageId.matches("ID:[^'\\s]{1,200}")) { // it goes into a selector: no quotes
      throw new InvalidFieldException("messageId", "A JMS message id looks like ID:….");
    }
    try (JMSConsumer consumer =
        jms.createConsumer(jms.createQueue(QUEUE), "JMSMessageID = '" + messageId + "'")) {
      // a new consumer gets its messages from the broker asynchronously: wait a moment for it
      Message message = consumer.receive(REPLAY_WAIT_MILLIS);
      if (message == null) {
        throw new NotFoundException("There is no dead letter " + messageId + ".");
      }
      DeadLetter letter = letter(message);
      if (!REPLAYABLE.contains(letter.origin()) || !(message instanceof TextMessage)) {
        throw new ConflictException(
            "Only text messages of "
                + REPLAYABLE
                + " are replayed; this one came from "
                + letter.origin()
                + ".");
      }
      JMSProducer producer = jms.createProducer();
      for (Object name : Collections.list(message.getPropertyNames())) {
        if (!((String) name).startsWith("JMS")) { // our own properties, not the broker's
          producer.setProperty((String) name, message.getObjectProperty((String) name));
        }
      }
      producer.send(jms.createQueue(letter.origin()), letter.body());
      LOG.info(() -> "dead letter replayed: message=" + messageId + " to=" + letter.origin());
      return letter;
    } catch (JMSException e) {
      throw new IllegalStateException("The dead letter cannot be replayed: " + e.getMessage(), e);
    }
  }

  private static DeadLetter letter(Message message) throws JMSException {
    String origin = message.getJMSDestination() instanceof Queue queue ? queue.getQueueName() : "?";
    return new DeadLetter(
        message.getJMSMessageID(),
        origin,
        message.getStringProperty("JMS_SUN_DMQ_UNDELIVERED_REASON"),
        Instant.ofEpochMilli(message.getJMSTimestamp()),
        message instanceof TextMessage text ? text.getText() : null);
  }
}
