package org.designcontest.contest.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Applies the transitions whose deadline has passed. Deadlines are data in PostgreSQL and this
 * sweep runs on every instance (a non-persistent timer, PLATFORM.md); each batch claims due
 * contests with {@code FOR UPDATE SKIP LOCKED}, so any number of instances act exactly once on
 * each.
 */
@Singleton
public class DeadlineSweep {

  private static final Logger LOG = Logger.getLogger(DeadlineSweep.class.getName());

  @Inject DueContests due;

  @Inject MetricRegistry metrics;

  @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
  void sweep() {
    Counter runs = metrics.counter("deadline.sweeps");
    runs.inc();
    int applied = 0;
    int batch;
    do {
      batch = due.applyNextBatch();
      applied += batch;
    } while (batch == DueContests.BATCH);
    int total = applied;
    LOG.info(() -> "deadline sweep ran: run=" + runs.getCount() + " applied=" + total);
  }
}
