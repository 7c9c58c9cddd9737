package org.designcontest.contest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A reminder of a decision the company owes, due some hours before its deadline: data the deadline
 * sweep emits as an event. It names the deadline it is for, so a contest that moved on (or whose
 * deadline changed) drops it instead of reminding anyone.
 */
@Entity
@Table(name = "contest_reminder")
// Claims due reminders for the sweep, like Contest.CLAIM_DUE.
@NamedNativeQuery(
    name = ContestReminder.CLAIM_DUE,
    query =
        "select * from contest_reminder where handled_at is null and due_at <= ?"
            + " order by due_at, id limit ? for update skip locked",
    resultClass = ContestReminder.class)
@NamedNativeQuery(
    name = ContestReminder.SCHEDULE,
    query =
        "insert into contest_reminder (contest_id, stage, deadline_at, hours_before, due_at)"
            + " values (?, ?, ?, ?, ?) on conflict do nothing")
public class ContestReminder {

  public static final String CLAIM_DUE = "ContestReminder.claimDue";
  public static final String SCHEDULE = "ContestReminder.schedule";

  /** Hours before a company deadline at which it is reminded. */
  public static final int[] HOURS_BEFORE = {72, 24};

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contest_id")
  private long contestId;

  @Enumerated(EnumType.STRING)
  private Stage stage;

  @Column(name = "deadline_at")
  private Instant deadlineAt;

  @Column(name = "hours_before")
  private int hoursBefore;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "handled_at")
  private Instant handledAt;

  private Boolean emitted;

  protected ContestReminder() {}

  /** When a reminder {@code hoursBefore} a deadline is due. */
  public static Instant dueAt(Instant deadline, int hoursBefore) {
    return deadline.minus(Duration.ofHours(hoursBefore));
  }

  /** Whether the contest still awaits the decision this reminder is for. */
  public boolean isCurrentFor(Contest contest) {
    return contest.stage() == stage
        && contest.companyDecisionDue().map(deadlineAt::equals).orElse(false);
  }

  public void handled(boolean wasEmitted, Instant now) {
    handledAt = now;
    emitted = wasEmitted;
  }

  public long contestId() {
    return contestId;
  }

  public Stage stage() {
    return stage;
  }

  public int hoursBefore() {
    return hoursBefore;
  }

  public Instant deadlineAt() {
    return deadlineAt;
  }
}
