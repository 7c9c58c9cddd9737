package org.designcontest.newsletter.entity;

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
import java.time.LocalDate;
import java.util.Optional;

/** A weekly digest or an announcement, and how far its sending has come. */
@Entity
@Table(name = "newsletter")
@NamedQuery(name = Newsletter.LATEST, query = "select n from Newsletter n order by n.id desc")
@NamedQuery(
    name = Newsletter.RELEASE,
    query =
        "update Newsletter n set n.status = org.designcontest.newsletter.entity.NewsletterStatus.RELEASED,"
            + " n.releasedAt = :now where n.id = :id"
            + " and n.status = org.designcontest.newsletter.entity.NewsletterStatus.DRAFT")
public class Newsletter {

  public static final String LATEST = "Newsletter.latest";

  /** Releases a draft (parameters id, now); 0 rows if it is no longer a draft. */
  public static final String RELEASE = "Newsletter.release";

  /** The kinds of newsletter. */
  public enum Kind {
    WEEKLY_DIGEST,
    ANNOUNCEMENT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private long id;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String subject;

  @Column(name = "body_html")
  private String bodyHtml;

  @Enumerated(EnumType.STRING)
  private Segment segment;

  @Column(name = "category_code")
  private String categoryCode;

  @Enumerated(EnumType.STRING)
  private NewsletterStatus status;

  @Column(name = "digest_week")
  private LocalDate digestWeek;

  @Column(name = "written_by")
  private Long writtenBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column(name = "job_execution_id")
  private Long jobExecutionId;

  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  protected Newsletter() {}

  /** A draft announcement; {@code bodyHtml} is already sanitised. */
  public static Newsletter announcement(
      String subject,
      String bodyHtml,
      Segment segment,
      String categoryCode,
      long writtenBy,
      Instant now) {
    Newsletter newsletter = new Newsletter();
    newsletter.kind = Kind.ANNOUNCEMENT;
    newsletter.subject = subject;
    newsletter.bodyHtml = bodyHtml;
    newsletter.segment = segment;
    newsletter.categoryCode = segment == Segment.CATEGORY ? categoryCode : null;
    newsletter.status = NewsletterStatus.DRAFT;
    newsletter.writtenBy = writtenBy;
    newsletter.createdAt = now;
    return newsletter;
  }

  public long id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public String subject() {
    return subject;
  }

  public String bodyHtml() {
    return bodyHtml;
  }

  public Segment segment() {
    return segment;
  }

  public Optional<String> categoryCode() {
    return Optional.ofNullable(categoryCode);
  }

  public NewsletterStatus status() {
    return status;
  }

  public Optional<LocalDate> digestWeek() {
    return Optional.ofNullable(digestWeek);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> releasedAt() {
    return Optional.ofNullable(releasedAt);
  }

  public Optional<Long> jobExecutionId() {
    return Optional.ofNullable(jobExecutionId);
  }

  /** When its job last finished a chunk (or was released, if none yet). */
  public Optional<Instant> lastMovedAt() {
    return Optional.ofNullable(heartbeatAt != null ? heartbeatAt : releasedAt);
  }

  /** Released: its audience is the accounts that exist now (or at its earlier release). */
  public void released(Instant now) {
    status = NewsletterStatus.RELEASED;
    if (releasedAt == null) {
      releasedAt = now;
    }
  }

  /** Its job has started (or restarted) as {@code execution}. */
  public void startedAs(long execution) {
    jobExecutionId = execution;
  }
}
