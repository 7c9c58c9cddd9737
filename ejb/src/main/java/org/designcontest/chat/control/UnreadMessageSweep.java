package org.designcontest.chat.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.designcontest.chat.entity.Side;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks for messages left unread long enough to notify of, on every instance (a non-persistent
 * timer; the claims are in the data), every {@code CHAT_SWEEP_SECONDS} (default 15).
 */
@Singleton
@Startup
public class UnreadMessageSweep {

  private static final Logger LOG = Logger.getLogger(UnreadMessageSweep.class.getName());

  @Inject UnreadMessageNotices notices;

  @Inject
  @ConfigProperty(name = "CHAT_SWEEP_SECONDS", defaultValue = "15")
  int intervalSeconds;

  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    long interval = Math.max(1, intervalSeconds) * 1000L;
    timers.createIntervalTimer(interval, interval, new TimerConfig("unread message sweep", false));
    LOG.info(() -> "unread message sweep every " + interval / 1000 + " s");
  }

  @Timeout
  void sweep() {
    for (Side side : Side.values()) {
      while (notices.notifyNextBatch(side) == UnreadMessageNotices.BATCH) {
        // a full batch: there may be more due
      }
    }
  }
}
