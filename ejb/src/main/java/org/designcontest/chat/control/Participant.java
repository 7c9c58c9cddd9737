package org.designcontest.chat.control;

import org.designcontest.account.control.Caller;
import org.designcontest.chat.entity.Conversation;
import org.designcontest.chat.entity.Side;
import org.designcontest.contest.entity.Contest;

/**
 * Someone in a conversation, and on which side: company staff (or the company's token) speak for
 * the company; the designer for themselves. A moderator reading with a reason sees it as the
 * company does but is no participant: they never write.
 */
public record Participant(
    Conversation conversation, Contest contest, Side side, Caller caller, boolean inspecting) {}
