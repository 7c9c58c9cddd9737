package org.designcontest.event.entity;

/** The kinds of domain event. The lifecycle issue adds one per transition. */
public enum EventType {
  CONTEST_DRAFTED
}
