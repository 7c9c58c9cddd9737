package org.designcontest.event.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something that happened to a contest. Carries ids only, never copies of private data: a listener
 * that needs more reads it, with the reader's rights.
 *
 * @param actor who did it: {@code account:<id>} for a person, {@code platform} for a timer
 * @param entryId the entry it is about, if any (rated, commented, revised, won…)
 * @param detail for the platform's own actions, the published rule it applied; for reminders, which
 *     deadline is near
 */
public record DomainEvent(
    UUID eventId,
    EventType type,
    long contestId,
    String actor,
    Instant occurredAt,
    Long entryId,
    String detail) {

  private static final Jsonb JSON = JsonbBuilder.create();

  /** What the platform itself does (the deadline sweep), as the actor of an event. */
  public static final String PLATFORM = "platform";

  public static DomainEvent contestDrafted(long contestId, long authorAccountId, Instant at) {
    return of(EventType.CONTEST_DRAFTED, contestId, "account:" + authorAccountId, at);
  }

  public static DomainEvent of(EventType type, long contestId, String actor, Instant at) {
    return new DomainEvent(UUID.randomUUID(), type, contestId, actor, at, null, null);
  }

  /** The same event, about one entry. */
  public DomainEvent about(long entry) {
    return new DomainEvent(eventId, type, contestId, actor, occurredAt, entry, detail);
  }

  /** The same event, with the rule applied or what a reminder is for. */
  public DomainEvent detailed(String text) {
    return new DomainEvent(eventId, type, contestId, actor, occurredAt, entryId, text);
  }

  public String toJson() {
    return JSON.toJson(this);
  }

  public static DomainEvent fromJson(String json) {
    return JSON.fromJson(json, DomainEvent.class);
  }

  /** Several events as one JSON array. */
  public static String toJson(List<DomainEvent> events) {
    return JSON.toJson(events.toArray(DomainEvent[]::new));
  }

  /** The events of a message: one event, or an array of them. */
  public static List<DomainEvent> allFromJson(String json) {
    return json.stripLeading().startsWith("[")
        ? List.of(JSON.fromJson(json, DomainEvent[].class))
        : List.of(fromJson(json));
  }
}
