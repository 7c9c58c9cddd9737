package org.designcontest.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * The conversation of a contest's company with one of its designers, with each side's read position
 * (the id of the last message it has seen) and how far it has been told of unread ones.
 */
@Entity
@Table(name = "conversation")
@NamedQuery(
    name = Conversation.OF_CONTEST_AND_DESIGNER,
    query =
        "select c from Conversation c where c.contestId = :contestId"
            + " and c.designerId = :designerId")
@NamedQuery(
    name = Conversation.OF_DESIGNER,
    query =
        "select c from Conversation c where c.designerId = :designerId"
            + " order by c.lastMessageAt desc nulls last, c.id desc")
@NamedQuery(
    name = Conversation.OF_COMPANY,
    query =
        "select c from Conversation c, Contest k where k.id = c.contestId"
            + " and k.company.id = :companyId order by c.lastMessageAt desc nulls last, c.id desc")
public class Conversation {

  public static final String OF_CONTEST_AND_DESIGNER = "Conversation.ofContestAndDesigner";
  public static final String OF_DESIGNER = "Conversation.ofDesigner";
  public static final String OF_COMPANY = "Conversation.ofCompany";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contest_id")
  private long contestId;

  @Column(name = "designer_id")
  private long designerId;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "last_message_id")
  private Long lastMessageId;

  @Column(name = "last_message_at")
  private Instant lastMessageAt;

  @Column(name = "company_read_up_to")
  private long companyReadUpTo;

  @Column(name = "designer_read_up_to")
  private long designerReadUpTo;

  protected Conversation() {}

  public Conversation(long contestId, long designerId, Instant now) {
    this.contestId = contestId;
    this.designerId = designerId;
    this.startedAt = now;
  }

  /** A message was stored: it is the latest, and its sender's side has seen it. */
  public void added(ChatMessage message) {
    lastMessageId = message.id();
    lastMessageAt = message.sentAt();
    readUpTo(message.side(), message.id());
  }

  /** Moves the side's read position forward (never back); false if it was there already. */
  public boolean readUpTo(Side side, long messageId) {
    if (messageId <= readUpTo(side)) {
      return false;
    }
    if (side == Side.COMPANY) {
      companyReadUpTo = messageId;
    } else {
      designerReadUpTo = messageId;
    }
    return true;
  }

  public long readUpTo(Side side) {
    return side == Side.COMPANY ? companyReadUpTo : designerReadUpTo;
  }

  public Long id() {
    return id;
  }

  public long contestId() {
    return contestId;
  }

  public long designerId() {
    return designerId;
  }

  public Optional<Long> lastMessageId() {
    return Optional.ofNullable(lastMessageId);
  }
}
