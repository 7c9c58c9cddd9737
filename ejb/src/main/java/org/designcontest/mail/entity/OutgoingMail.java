package org.designcontest.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One email waiting in the outbox, or sent. */
@Entity
@Table(name = "outgoing_mail")
// Claims due mail so that several instances never send the same mail at the same time.
@NamedNativeQuery(
    name = OutgoingMail.CLAIM_DUE,
    query =
        "select * from outgoing_mail where sent_at is null and next_attempt_at <= ?"
            + " order by id limit ? for update skip locked",
    resultClass = OutgoingMail.class)
public class OutgoingMail {

  public static final String CLAIM_DUE = "OutgoingMail.claimDue";

  private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
  private static final Duration LONGEST_RETRY = Duration.ofHours(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String recipient;

  private String subject;

  @Column(name = "body_text")
  private String bodyText;

  @Column(name = "body_html")
  private String bodyHtml;

  @Column(name = "message_id")
  private String messageId;

  @Column(name = "created_at")
  private Instant createdAt;

  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutgoingMail() {}

  /**
   * @param bodyHtml the HTML part, or null for plain text only
   */
  public OutgoingMail(
      String messageId,
      String recipient,
      String subject,
      String bodyText,
      String bodyHtml,
      Instant now) {
    this.messageId = messageId;
    this.recipient = recipient;
    this.subject = subject;
    this.bodyText = bodyText;
    this.bodyHtml = bodyHtml;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public void sent(Instant now) {
    attempts++;
    sentAt = now;
    lastError = null;
  }

  /** Tries again later: 10 s after the first failure, doubling up to an hour. */
  public void failed(String error, Instant now) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
    nextAttemptAt = now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
  }

  /** The same Message-ID on every attempt, so that a resend is recognisable as a duplicate. */
  public String messageId() {
    return messageId;
  }

  public Long id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String bodyText() {
    return bodyText;
  }

  public Optional<String> bodyHtml() {
    return Optional.ofNullable(bodyHtml);
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }
}
