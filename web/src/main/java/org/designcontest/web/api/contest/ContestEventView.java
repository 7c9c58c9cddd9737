package org.designcontest.web.api.contest;

import java.time.Instant;
import java.util.UUID;
import org.designcontest.event.entity.ContestEvent;

/**
 * One entry of a contest's event history: what happened, who or what did it (an account, or the
 * platform with the rule it applied), when, and the entry it concerned.
 */
public record ContestEventView(
    UUID eventId, String type, String actor, Instant occurredAt, Long entryId, String detail) {

  static ContestEventView of(ContestEvent event) {
    return new ContestEventView(
        event.eventId(),
        event.eventType().name(),
        event.actor(),
        event.occurredAt(),
        event.entryId().orElse(null),
        event.detail().orElse(null));
  }
}
