package org.designcontest.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When a person's daily digest is next due: at the hour they chose, in their time zone. */
@Entity
@Table(name = "notification_digest")
// Claims due digests so that several instances never send the same one.
@NamedNativeQuery(
    name = DigestSchedule.CLAIM_DUE,
    query =
        "select * from notification_digest where next_due_at <= ? order by next_due_at"
            + " limit ? for update skip locked",
    resultClass = DigestSchedule.class)
// A person with something waiting for a digest has a schedule: the default one unless they chose.
@NamedNativeQuery(
    name = DigestSchedule.EXPECT,
    query =
        "insert into notification_digest (account_id, hour, time_zone, next_due_at)"
            + " values (?, ?, ?, ?) on conflict (account_id) do nothing")
public class DigestSchedule {

  public static final String CLAIM_DUE = "DigestSchedule.claimDue";
  public static final String EXPECT = "DigestSchedule.expect";

  public static final int DEFAULT_HOUR = 8;
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

  @Id
  @Column(name = "account_id")
  private long accountId;

  private int hour;

  @Column(name = "time_zone")
  private String timeZone;

  @Column(name = "next_due_at")
  private Instant nextDueAt;

  protected DigestSchedule() {}

  /** The default schedule (08:00 UTC), first due at the next such hour after {@code now}. */
  public DigestSchedule(long accountId, Instant now) {
    this.accountId = accountId;
    this.hour = DEFAULT_HOUR;
    this.timeZone = DEFAULT_ZONE.getId();
    this.nextDueAt = nextAfter(now);
  }

  /** The person chose another hour or zone; the next digest follows it. */
  public void reschedule(int hour, ZoneId zone, Instant now) {
    this.hour = hour;
    this.timeZone = zone.getId();
    this.nextDueAt = nextAfter(now);
  }

  /** The digest went out (or had nothing to say): the next one is a day later, at the hour. */
  public void done(Instant now) {
    nextDueAt = nextAfter(now);
  }

  Instant nextAfter(Instant now) {
    return nextAfter(now, hour, zone());
  }

  /** The first time after {@code now} that the clock shows the hour in the zone. */
  public static Instant nextAfter(Instant now, int hour, ZoneId zone) {
    ZonedDateTime local = now.atZone(zone);
    ZonedDateTime at = local.toLocalDate().atTime(hour, 0).atZone(zone);
    return (at.isAfter(local) ? at : at.plusDays(1)).toInstant();
  }

  public long accountId() {
    return accountId;
  }

  public int hour() {
    return hour;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public Instant nextDueAt() {
    return nextDueAt;
  }
}
