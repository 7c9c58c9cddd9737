package org.designcontest.event.entity;

/** The kinds of domain event: one per transition of a contest. */
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
  CONTEST_ENDED_WITHOUT_ENTRIES,
  CONTEST_CANCELLED
}
