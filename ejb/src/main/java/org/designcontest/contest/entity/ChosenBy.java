package org.designcontest.contest.entity;

/**
 * Who made a choice the lifecycle needs (finalists, the winner, the handover's approval): the
 * company, the platform by its published rule when the company's window ended, or a moderator by
 * hand with a reason (the winner only).
 */
public enum ChosenBy {
  COMPANY,
  PLATFORM,
  MODERATOR
}
