package org.designcontest.chat.boundary;

import org.designcontest.chat.entity.Side;

/**
 * A conversation as one side sees it (docs/chat.md): who is in it by the names that side may know,
 * its unread messages, both read positions and the latest message.
 */
public record ConversationView(
    long id,
    long contestId,
    String contestTitle,
    Side side,
    String company,
    String designer,
    long unread,
    long readUpTo,
    long otherReadUpTo,
    MessageView lastMessage) {}
