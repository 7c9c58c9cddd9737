package org.designcontest.event.entity;

/** The kinds of domain event: one per transition of a contest or of one of its entries. */
public enum EventType {
  CONTEST_DRAFTED,
  CONTEST_LAUNCHED,
  ENTRY_SUBMITTED,
  ENTRY_WITHDRAWN,
  ENTRY_RATED,
  ENTRY_COMMENTED,
  ENTRY_ELIMINATED,
  ENTRY_RESTORED,
  ENTRIES_CLOSED,
  FINALISTS_CHOSEN,
  FINAL_ROUND_STARTED,
  REVISION_SUBMITTED,
  REVISION_RATED,
  FINAL_ROUND_ENDED,
  WINNER_CHOSEN,
  /**
   * The platform chose by a published rule because the company's window ended; detail: the rule.
   */
  AUTOMATIC_SELECTION_MADE,
  /** A decision the company owes is near its deadline; detail: which and when. */
  REMINDER_DUE,
  HANDOVER_FILE_UPLOADED,
  TRANSFER_ACCEPTED,
  HANDOVER_APPROVED,
  PRIZE_RELEASED,
  CONTEST_COMPLETED,
  CONTEST_ENDED_WITHOUT_ENTRIES,
  CONTEST_ENDED_WITHOUT_WINNER,
  CONTEST_CANCELLED
}
