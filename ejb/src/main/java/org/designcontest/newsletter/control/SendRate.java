package org.designcontest.newsletter.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The most newsletter emails this instance hands to the SMTP server per second ({@code
 * NEWSLETTER_RATE}, default 200), shared by every sender: mail providers throttle or refuse bursts.
 */
@ApplicationScoped
public class SendRate {

  @Inject
  @ConfigProperty(name = "NEWSLETTER_RATE", defaultValue = "200")
  int perSecond;

  private long intervalNanos;

  private long nextFreeAt;

  @PostConstruct
  void init() {
    intervalNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, perSecond);
    nextFreeAt = System.nanoTime();
  }

  /** Waits until one more email may go. */
  public void acquire() {
    long at;
    synchronized (this) {
      long now = System.nanoTime();
      at = Math.max(now, nextFreeAt);
      nextFreeAt = at + intervalNanos;
    }
    long wait = at - System.nanoTime();
    if (wait > 0) {
      LockSupport.parkNanos(wait);
    }
  }
}
