package org.designcontest.web.api.contest;

import java.time.Instant;
import java.util.UUID;
import org.designcontest.event.entity.ContestEvent;

/** One entry of a contest's event history. */
public record ContestEventView(UUID eventId, String type, String actor, Instant occurredAt) {

  static ContestEventView of(ContestEvent event) {
    return new ContestEventView(
        event.eventId(), event.eventType().name(), event.actor(), event.occurredAt());
  }
}
