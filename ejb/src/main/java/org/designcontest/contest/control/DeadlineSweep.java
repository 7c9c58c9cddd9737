package org.designcontest.contest.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Applies the transitions whose deadline has passed. Deadlines are data in PostgreSQL and this
 * sweep runs on every instance (non-persistent timer, PLATFORM.md): each run will claim due
 * contests with {@code FOR UPDATE SKIP LOCKED} so that any number of instances act exactly once.
 * Until the lifecycle issue gives contests deadlines, it has nothing to claim and only reports that
 * it ran.
 */
@Singleton
public class DeadlineSweep {

  private static final Logger LOG = Logger.getLogger(DeadlineSweep.class.getName());

  @Inject MetricRegistry metrics;

  @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
  void sweep() {
    Counter runs = metrics.counter("deadline.sweeps");
    runs.inc();
    LOG.info(() -> "deadline sweep ran: run=" + runs.getCount() + " claimed=0");
  }
}
