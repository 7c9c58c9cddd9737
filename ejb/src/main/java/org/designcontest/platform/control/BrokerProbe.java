package org.designcontest.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Asks the message broker every few seconds whether it answers (browsing the notifications queue is
 * a round trip), so that the readiness check can report at once without waiting on a broker that
 * may not answer. A probe still running when the next is due is not doubled.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BrokerProbe {

  /** An answer older than this no longer counts: the broker is taken to be gone. */
  static final Duration FRESHNESS = Duration.ofSeconds(15);

  private static final Logger LOG = Logger.getLogger(BrokerProbe.class.getName());

  @Resource(lookup = "jms/designcontest")
  ConnectionFactory connectionFactory;

  @Resource(lookup = "jms/notifications")
  Queue notifications;

  @Inject Clock clock;

  @Resource TimerService timers;

  private final AtomicBoolean probing = new AtomicBoolean();
  private volatile Instant lastAnswer;
  private volatile String lastError = "not asked yet";

  /** The first probe runs right after deployment, not up to five seconds later. */
  @PostConstruct
  void probeSoon() {
    timers.createSingleActionTimer(1, new TimerConfig(null, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void firstProbe() {
    probe();
  }

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void probe() {
    if (!probing.compareAndSet(false, true)) {
      return;
    }
    try (JMSContext context = connectionFactory.createContext()) {
      context.createBrowser(notifications).getEnumeration().hasMoreElements();
      if (lastError != null) {
        LOG.info("broker answers again");
      }
      lastAnswer = clock.instant();
      lastError = null;
    } catch (JMSException | JMSRuntimeException e) {
      if (lastError == null) {
        LOG.warning(() -> "broker does not answer: " + e.getMessage());
      }
      lastError = String.valueOf(e.getMessage());
    } finally {
      probing.set(false);
    }
  }

  /** Why the broker is not ready, or empty if it answered within {@link #FRESHNESS}. */
  public Optional<String> problem() {
    Instant answered = lastAnswer;
    if (lastError != null) {
      return Optional.of(lastError);
    }
    if (answered == null || answered.isBefore(clock.instant().minus(FRESHNESS))) {
      return Optional.of("no answer for " + FRESHNESS.toSeconds() + " s");
    }
    return Optional.empty();
  }
}
