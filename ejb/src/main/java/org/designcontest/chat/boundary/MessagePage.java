package org.designcontest.chat.boundary;

import java.util.List;

/**
 * Messages of a conversation, oldest first; {@code more}: there are more in the direction asked.
 */
public record MessagePage(List<MessageView> items, boolean more) {}
