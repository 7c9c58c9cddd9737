package org.designcontest.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void laterTodayIfTheHourIsStillToCome() {
    assertThat(DigestSchedule.nextAfter(Instant.parse("2026-11-21T05:30:00Z"), 8, BERLIN))
        .isEqualTo(Instant.parse("2026-11-21T07:00:00Z"));
  }

  @Test
  void tomorrowIfItHasPassedOrIsNow() {
    assertThat(DigestSchedule.nextAfter(Instant.parse("2026-11-21T07:00:00Z"), 8, BERLIN))
        .isEqualTo(Instant.parse("2026-11-22T07:00:00Z"));
  }

  @Test
  void followsTheLocalClockAcrossTheChangeToSummerTime() {
    // 29 March 2026: Berlin goes from UTC+1 to UTC+2
    assertThat(DigestSchedule.nextAfter(Instant.parse("2026-03-28T09:00:00Z"), 8, BERLIN))
        .isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
  }
}
