package org.designcontest.contest.entity;

/**
 * Who made a choice the lifecycle needs (finalists, the winner, the handover's approval): the
 * company, or the platform by its published rule when the company's window ended.
 */
public enum ChosenBy {
  COMPANY,
  PLATFORM
}
