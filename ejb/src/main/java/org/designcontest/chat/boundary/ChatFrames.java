package org.designcontest.chat.boundary;

import org.designcontest.chat.entity.Side;

/** The frames the server sends on the live socket about conversations (docs/chat.md). */
public final class ChatFrames {

  private ChatFrames() {}

  /** A new message, with the receiving side's unread counts. */
  public record Message(
      String type, long conversationId, MessageView message, long unread, long totalUnread) {

    Message(MessageView message, long unread, long totalUnread) {
      this("message", message.conversationId(), message, unread, totalUnread);
    }
  }

  /** A side's read position moved, with the receiving side's unread counts. */
  public record Read(
      String type, long conversationId, Side side, long upTo, long unread, long totalUnread) {

    Read(long conversationId, Side side, long upTo, long unread, long totalUnread) {
      this("read", conversationId, side, upTo, unread, totalUnread);
    }
  }
}
