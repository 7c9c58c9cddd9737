package org.designcontest.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the daily digests whose hour has come, on every instance (a non-persistent timer; the
 * schedules are data, claimed row by row). Runs every {@code DIGEST_SWEEP_SECONDS} (default 60).
 */
@Singleton
@Startup
public class DigestSweep {

  private static final Logger LOG = Logger.getLogger(DigestSweep.class.getName());

  @Inject DueDigests due;

  @Inject
  @ConfigProperty(name = "DIGEST_SWEEP_SECONDS", defaultValue = "60")
  int intervalSeconds;

  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    long interval = Math.max(1, intervalSeconds) * 1000L;
    timers.createIntervalTimer(interval, interval, new TimerConfig("digest sweep", false));
    LOG.info(() -> "digest sweep every " + interval / 1000 + " s");
  }

  @Timeout
  void sweep() {
    while (due.sendNextBatch() == DueDigests.BATCH) {
      // a full batch: there may be more due
    }
  }
}
