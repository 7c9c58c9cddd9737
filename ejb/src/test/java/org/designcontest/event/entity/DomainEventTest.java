package org.designcontest.event.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainEventTest {

  @Test
  void travelsAsJsonWithoutLosingAnything() {
    DomainEvent drafted =
        DomainEvent.contestDrafted(42L, 7L, Instant.parse("2026-11-21T10:15:30.123456Z"));

    DomainEvent received = DomainEvent.fromJson(drafted.toJson());

    assertThat(received).isEqualTo(drafted);
    assertThat(received.actor()).isEqualTo("account:7");
    assertThat(received.type()).isEqualTo(EventType.CONTEST_DRAFTED);
  }

  @Test
  void theEntryAndTheRuleTravelToo() {
    DomainEvent won =
        DomainEvent.of(EventType.WINNER_CHOSEN, 42L, DomainEvent.PLATFORM, Instant.now())
            .about(9L)
            .detailed("best-rated latest revision");

    DomainEvent received = DomainEvent.fromJson(won.toJson());

    assertThat(received).isEqualTo(won);
    assertThat(received.entryId()).isEqualTo(9L);
    assertThat(received.detail()).isEqualTo("best-rated latest revision");
  }

  @Test
  void aBatchTravelsAsOneArrayAndASingleEventStillReads() {
    Instant now = Instant.parse("2026-11-21T10:15:30Z");
    List<DomainEvent> batch =
        List.of(
            DomainEvent.of(EventType.ENTRIES_CLOSED, 1L, DomainEvent.PLATFORM, now),
            DomainEvent.of(EventType.FINALISTS_CHOSEN, 2L, DomainEvent.PLATFORM, now)
                .detailed("rule"));

    assertThat(DomainEvent.allFromJson(DomainEvent.toJson(batch))).isEqualTo(batch);
    assertThat(DomainEvent.allFromJson(batch.get(0).toJson())).containsExactly(batch.get(0));
  }

  @Test
  void everyEventHasItsOwnId() {
    Instant now = Instant.now();

    assertThat(DomainEvent.contestDrafted(1L, 1L, now).eventId())
        .isNotEqualTo(DomainEvent.contestDrafted(1L, 1L, now).eventId());
  }
}
