package org.designcontest.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What one event means to one person: shown in their notification centre, maybe emailed. */
@Entity
@Table(name = "notification")
@NamedQuery(
    name = Notification.INBOX,
    query = "select n from Notification n where n.recipientId = :recipient order by n.id desc")
@NamedQuery(
    name = Notification.INBOX_UNREAD,
    query =
        "select n from Notification n where n.recipientId = :recipient and n.readAt is null"
            + " order by n.id desc")
@NamedQuery(
    name = Notification.COUNT,
    query = "select count(n) from Notification n where n.recipientId = :recipient")
@NamedQuery(
    name = Notification.UNREAD_COUNT,
    query =
        "select count(n) from Notification n where n.recipientId = :recipient"
            + " and n.readAt is null")
@NamedQuery(
    name = Notification.READ_ALL,
    query =
        "update Notification n set n.readAt = :now where n.recipientId = :recipient"
            + " and n.readAt is null")
@NamedQuery(
    name = Notification.WAITING_FOR_DIGEST,
    query =
        "select n from Notification n where n.recipientId = :recipient"
            + " and n.email = org.designcontest.notification.entity.Delivery.DAILY"
            + " and n.emailedAt is null order by n.id")
// Written unless the event already told this person (a redelivery): then no row comes back.
// Otherwise the new id, and how many were unread before it (the subquery does not see the new row).
@NamedNativeQuery(
    name = Notification.RECORD,
    query =
        "insert into notification (event_id, recipient_id, kind, contest_id, entry_id, title, body,"
            + " link, created_at, email) values (?1, ?2, ?3, ?4, cast(?5 as bigint), ?6, ?7, ?8,"
            + " ?9, ?10) on conflict (event_id, recipient_id, kind) do nothing returning id,"
            + " (select count(*) from notification u where u.recipient_id = ?2"
            + " and u.read_at is null)")
public class Notification {

  public static final String INBOX = "Notification.inbox";
  public static final String INBOX_UNREAD = "Notification.inboxUnread";
  public static final String COUNT = "Notification.count";
  public static final String UNREAD_COUNT = "Notification.unreadCount";
  public static final String READ_ALL = "Notification.readAll";
  public static final String WAITING_FOR_DIGEST = "Notification.waitingForDigest";
  public static final String RECORD = "Notification.record";

  @Id private Long id;

  @Column(name = "event_id")
  private UUID eventId;

  @Column(name = "recipient_id")
  private long recipientId;

  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  @Column(name = "contest_id")
  private long contestId;

  @Column(name = "entry_id")
  private Long entryId;

  private String title;

  private String body;

  private String link;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Enumerated(EnumType.STRING)
  private Delivery email;

  @Column(name = "emailed_at")
  private Instant emailedAt;

  protected Notification() {}

  public void read(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public void emailed(Instant now) {
    emailedAt = now;
  }

  public long id() {
    return id;
  }

  public long recipientId() {
    return recipientId;
  }

  public NotificationKind kind() {
    return kind;
  }

  public long contestId() {
    return contestId;
  }

  public Optional<Long> entryId() {
    return Optional.ofNullable(entryId);
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  /** Where it leads, relative to the application (a page about the contest). */
  public String link() {
    return link;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean isRead() {
    return readAt != null;
  }
}
