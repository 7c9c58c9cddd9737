package org.designcontest.contest.entity;

/** Where a contest is in its lifecycle (PRODUCT.md, "Contest lifecycle"). */
public enum Stage {
  DRAFT,
  OPEN,
  FINALIST_SELECTION,
  FINAL_ROUND,
  WINNER_SELECTION,
  HANDOVER,
  COMPLETED,
  CANCELLED
}
