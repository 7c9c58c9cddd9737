package org.designcontest.event.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to a contest. Carries ids only, never copies of private data: a listener
 * that needs more reads it, with the reader's rights.
 *
 * @param actor who did it: {@code account:<id>} for a person, {@code platform} for a timer
 */
public record DomainEvent(
    UUID eventId, EventType type, long contestId, String actor, Instant occurredAt) {

  private static final Jsonb JSON = JsonbBuilder.create();

  /** What the platform itself does (the deadline sweep), as the actor of an event. */
  public static final String PLATFORM = "platform";

  public static DomainEvent contestDrafted(long contestId, long authorAccountId, Instant at) {
    return of(EventType.CONTEST_DRAFTED, contestId, "account:" + authorAccountId, at);
  }

  public static DomainEvent of(EventType type, long contestId, String actor, Instant at) {
    return new DomainEvent(UUID.randomUUID(), type, contestId, actor, at);
  }

  public String toJson() {
    return JSON.toJson(this);
  }

  public static DomainEvent fromJson(String json) {
    return JSON.fromJson(json, DomainEvent.class);
  }
}
