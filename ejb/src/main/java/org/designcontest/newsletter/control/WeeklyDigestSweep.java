package org.designcontest.newsletter.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the weekly digest once a week, from Monday at {@code WEEKLY_DIGEST_HOUR} (UTC, default 7).
 * Every instance looks every ten minutes (a non-persistent timer: persistent ones are unreliable on
 * Payara Micro, see PLATFORM.md); the week's row in {@code newsletter} makes it one digest
 * whichever instance is first, and one that was down on Monday catches up later in the week. Off
 * when {@code WEEKLY_DIGEST_ENABLED} is false (the integration tests send theirs on demand).
 */
@Singleton
public class WeeklyDigestSweep {

  private static final Logger LOG = Logger.getLogger(WeeklyDigestSweep.class.getName());

  @Inject
  @ConfigProperty(name = "WEEKLY_DIGEST_ENABLED", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "WEEKLY_DIGEST_HOUR", defaultValue = "7")
  int hour;

  @Inject WeeklyDigests digests;

  @Inject Clock clock;

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  void sweep() {
    if (!enabled) {
      return;
    }
    ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
    LocalDate monday = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    if (now.isBefore(monday.atTime(hour, 0).atZone(ZoneOffset.UTC))) {
      return;
    }
    digests
        .claim(monday)
        .ifPresent(
            id -> {
              LOG.info(() -> "weekly digest claimed: newsletter=" + id + " week=" + monday);
              digests.start(id);
            });
  }
}
