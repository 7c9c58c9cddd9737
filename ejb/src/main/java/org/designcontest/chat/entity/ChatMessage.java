package org.designcontest.chat.entity;

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
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** A message in a conversation: text, maybe files (ChatAttachment), from one side. */
@Entity
@Table(name = "chat_message")
@NamedQuery(
    name = ChatMessage.BY_CLIENT_KEY,
    query = "select m from ChatMessage m where m.senderId = :senderId and m.clientKey = :clientKey")
@NamedQuery(
    name = ChatMessage.NEWEST_BEFORE,
    query =
        "select m from ChatMessage m where m.conversationId = :conversationId and m.id < :before"
            + " order by m.id desc")
@NamedQuery(
    name = ChatMessage.OLDEST_AFTER,
    query =
        "select m from ChatMessage m where m.conversationId = :conversationId and m.id > :after"
            + " order by m.id")
@NamedQuery(
    name = ChatMessage.IN_CONVERSATION,
    query =
        "select count(m) from ChatMessage m where m.conversationId = :conversationId"
            + " and m.id = :id")
public class ChatMessage {

  public static final String BY_CLIENT_KEY = "ChatMessage.byClientKey";
  public static final String NEWEST_BEFORE = "ChatMessage.newestBefore";
  public static final String OLDEST_AFTER = "ChatMessage.oldestAfter";
  public static final String IN_CONVERSATION = "ChatMessage.inConversation";

  /** The longest text a message may hold. */
  public static final int MAX_BODY = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "conversation_id")
  private long conversationId;

  @Enumerated(EnumType.STRING)
  private Side side;

  @Column(name = "sender_id")
  private long senderId;

  private String body;

  @Column(name = "client_key")
  private String clientKey;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected ChatMessage() {}

  public ChatMessage(
      long conversationId, Side side, long senderId, String body, String clientKey, Instant now) {
    this.conversationId = conversationId;
    this.side = side;
    this.senderId = senderId;
    this.body = body;
    this.clientKey = clientKey;
    this.sentAt = now.truncatedTo(ChronoUnit.MICROS); // as stored: the same time before and after
  }

  public Long id() {
    return id;
  }

  public long conversationId() {
    return conversationId;
  }

  public Side side() {
    return side;
  }

  public long senderId() {
    return senderId;
  }

  public String body() {
    return body;
  }

  public Optional<String> clientKey() {
    return Optional.ofNullable(clientKey);
  }

  public Instant sentAt() {
    return sentAt;
  }
}
