package org.designcontest.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.Account;
import org.designcontest.notification.control.DigestSchedules;
import org.designcontest.notification.control.Preferences;
import org.designcontest.notification.entity.Delivery;
import org.designcontest.notification.entity.DigestSchedule;
import org.designcontest.notification.entity.NotificationKind;
import org.designcontest.platform.boundary.InvalidFieldException;

/** The caller's choice of email per kind of notification, and the hour of their daily digest. */
@Stateless
public class NotificationSettings {

  /**
   * In a change, whatever is null (or a kind left out) stays as it is.
   *
   * @param email for every kind, how it is emailed
   * @param digestHour the hour (0–23) the daily digest goes out, in {@code timeZone}
   * @param timeZone an IANA zone, such as {@code Europe/Berlin}
   */
  public record Settings(
      Map<NotificationKind, Delivery> email, Integer digestHour, String timeZone) {}

  @Inject Callers callers;

  @Inject Preferences preferences;

  @Inject DigestSchedules digests;

  public Settings mine() {
    long me = me().id();
    DigestSchedule schedule = digests.of(me);
    return new Settings(preferences.all(me), schedule.hour(), schedule.zone().getId());
  }

  /** Nothing changes unless all of it is valid. */
  public Settings change(Settings wanted) {
    long me = me().id();
    DigestSchedule schedule = digests.of(me);
    int hour = wanted.digestHour() == null ? schedule.hour() : wanted.digestHour();
    if (hour < 0 || hour > 23) {
      throw new InvalidFieldException("digestHour", "The digest hour is 0 to 23.");
    }
    ZoneId zone = wanted.timeZone() == null ? schedule.zone() : zone(wanted.timeZone());
    if (wanted.email() != null) {
      wanted.email().forEach((kind, delivery) -> preferences.choose(me, kind, delivery));
    }
    if (hour != schedule.hour() || !zone.equals(schedule.zone())) {
      digests.choose(me, hour, zone);
    }
    return mine();
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw new InvalidFieldException("timeZone", "Name a time zone such as Europe/Berlin or UTC.");
    }
  }

  private Account me() {
    return callers.current().requirePerson();
  }
}
