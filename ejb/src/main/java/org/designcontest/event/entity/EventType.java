package org.designcontest.event.entity;

/** The kinds of domain event: one per transition of a contest. */
public enum EventType {
  CONTEST_DRAFTED,
  CONTEST_LAUNCHED,
  ENTRIES_CLOSED,
  CONTEST_ENDED_WITHOUT_ENTRIES,
  CONTEST_CANCELLED
}
