package org.designcontest.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One line of a contest's event history: the audit trail of who or what did what, and when. */
@Entity
@Table(name = "contest_event")
@NamedQuery(
    name = ContestEvent.OF_CONTEST,
    query =
        "select e from ContestEvent e where e.contestId = :contestId order by e.occurredAt, e.id")
public class ContestEvent {

  public static final String OF_CONTEST = "ContestEvent.ofContest";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id")
  private UUID eventId;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type")
  private EventType eventType;

  @Column(name = "contest_id")
  private long contestId;

  private String actor;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "entry_id")
  private Long entryId;

  private String detail;

  protected ContestEvent() {}

  public UUID eventId() {
    return eventId;
  }

  public EventType eventType() {
    return eventType;
  }

  public long contestId() {
    return contestId;
  }

  public String actor() {
    return actor;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Optional<Long> entryId() {
    return Optional.ofNullable(entryId);
  }

  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }
}
