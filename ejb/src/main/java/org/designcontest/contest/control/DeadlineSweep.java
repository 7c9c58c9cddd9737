package org.designcontest.contest.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.function.IntSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Applies the transitions and reminders whose time has come. Deadlines are data in PostgreSQL and
 * this sweep runs on every instance (a non-persistent timer, PLATFORM.md); each batch claims due
 * rows with {@code FOR UPDATE SKIP LOCKED}, so any number of instances act exactly once on each. It
 * runs every {@code DEADLINE_SWEEP_SECONDS} (default 20): a contest moves on at most that long
 * after its deadline.
 */
@Singleton
@Startup
public class DeadlineSweep {

  private static final Logger LOG = Logger.getLogger(DeadlineSweep.class.getName());

  @Inject DueContests due;

  @Inject DueReminders reminders;

  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "DEADLINE_SWEEP_SECONDS", defaultValue = "20")
  int intervalSeconds;

  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    long interval = Math.max(1, intervalSeconds) * 1000L;
    timers.createIntervalTimer(interval, interval, new TimerConfig("deadline sweep", false));
    LOG.info(() -> "deadline sweep every " + interval / 1000 + " s");
  }

  @Timeout
  void sweep() {
    Counter runs = metrics.counter("deadline.sweeps");
    runs.inc();
    int applied = drain(due::applyNextBatch, DueContests.BATCH);
    int reminded = drain(reminders::emitNextBatch, DueReminders.BATCH);
    if (applied + reminded > 0) { // quiet runs are counted in the metric, not logged
      LOG.info(
          () ->
              "deadline sweep: run="
                  + runs.getCount()
                  + " applied="
                  + applied
                  + " reminders="
                  + reminded);
    }
  }

  /** Runs batches until one comes back short; returns the total. */
  private static int drain(IntSupplier batch, int size) {
    int total = 0;
    int done;
    do {
      done = batch.getAsInt();
      total += done;
    } while (done == size);
    return total;
  }
}
