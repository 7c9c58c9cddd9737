package org.designcontest.bench;

import java.sql.SQLException;

/**
 * The deadline sweep over the sweep set: every contest's deadline passes at one instant T; the
 * database is polled until all of them are in the final round (committed, as users see them), then
 * until the event listener has recorded every FINALISTS_CHOSEN event (whose time is when the sweep
 * acted).
 */
final class SweepRun {

  /** Times in epoch milliseconds by the database's clock; -1 when it never happened. */
  record Result(
      BenchData.SweepSet set,
      long due,
      long firstMoved,
      long allMoved,
      long moved,
      long cancelled,
      long events,
      long firstEvent,
      long lastEvent,
      long lastRecorded,
      long finalists,
      CpuMeter.Share cpu) {

    boolean finished() {
      return allMoved > 0;
    }

    /** Seconds from T until every contest was in the final round (committed). */
    double seconds() {
      return finished() ? (allMoved - due) / 1000.0 : Double.NaN;
    }

    /** Seconds from T until the last transition, by the events' time. */
    double secondsByEvents() {
      return events == set.contests() ? (lastEvent - due) / 1000.0 : Double.NaN;
    }

    /** Seconds from the first contest's transition to the last one's (by the events' time). */
    double activeSeconds() {
      return events == set.contests() ? (lastEvent - firstEvent) / 1000.0 : Double.NaN;
    }

    double contestsPerSecond() {
      return finished() ? set.contests() / seconds() : Double.NaN;
    }

    boolean goalMet() {
      return finished() && seconds() < BenchSettings.SWEEP_GOAL_SECONDS;
    }
  }

  private static final long POLL_MS = 100;

  private final BenchData data;
  private final CpuMeter cpu;

  SweepRun(BenchData data, CpuMeter cpu) {
    this.data = data;
    this.cpu = cpu;
  }

  Result run(BenchData.SweepSet set, int leadSeconds, int timeoutSeconds)
      throws SQLException, InterruptedException {
    String range = " between " + set.lo() + " and " + set.hi();
    long due = data.makeDue(set, leadSeconds);
    System.out.printf(
        "  deadline of %,d contests set to T = now + %d s; polling every %d ms%n",
        set.contests(), leadSeconds, POLL_MS);
    long firstMoved = -1;
    long allMoved = -1;
    long[] state = {0, 0, 0};
    long lastPrinted = 0;
    long deadline = due + timeoutSeconds * 1000L;
    CpuMeter.Snapshot atDue = null;
    CpuMeter.Share share = null;
    while (true) {
      state =
          data.row(
              "select (extract(epoch from clock_timestamp()) * 1000)::bigint,"
                  + " count(*) filter (where stage = 'FINAL_ROUND'),"
                  + " count(*) filter (where stage = 'CANCELLED') from contest where id"
                  + range);
      long now = state[0];
      long done = state[1] + state[2];
      if (atDue == null && now >= due) {
        atDue = cpu.take();
      }
      if (done > 0 && firstMoved < 0) {
        firstMoved = now;
      }
      if (now - lastPrinted >= 1000 && now >= due) {
        System.out.printf(
            "  T+%.1f s: %,d of %,d contests in the final round%n",
            (now - due) / 1000.0, state[1], set.contests());
        lastPrinted = now;
      }
      if (done >= set.contests()) {
        allMoved = now;
        share = cpu.between(atDue == null ? cpu.take() : atDue, cpu.take());
        break;
      }
      if (now > deadline) {
        System.out.printf("  gave up after %d s%n", timeoutSeconds);
        break;
      }
      Thread.sleep(POLL_MS);
    }
    long[] events = eventsOf(range);
    long eventsDeadline = System.currentTimeMillis() + 60_000;
    while (events[0] < set.contests() && System.currentTimeMillis() < eventsDeadline) {
      Thread.sleep(500);
      events = eventsOf(range);
    }
    System.out.printf("  %,d of %,d FINALISTS_CHOSEN events recorded%n", events[0], set.contests());
    long finalists = data.count("select count(*) from contest_finalist where contest_id" + range);
    return new Result(
        set,
        due,
        firstMoved,
        allMoved,
        state[1],
        state[2],
        events[0],
        events[1],
        events[2],
        events[3],
        finalists,
        share);
  }

  private long[] eventsOf(String range) throws SQLException {
    return data.row(
        "select count(*), (extract(epoch from min(occurred_at)) * 1000)::bigint,"
            + " (extract(epoch from max(occurred_at)) * 1000)::bigint,"
            + " (extract(epoch from max(recorded_at)) * 1000)::bigint from contest_event"
            + " where event_type = 'FINALISTS_CHOSEN' and contest_id"
            + range);
  }
}
