package org.designcontest.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordingTest {

  private final Wording wording =
      new Wording(
          Map.of(
              "contest", "“Logo {deadline} $1 \\”",
              "designer", "Designer 3",
              "deadline", "1 Dec 2026, 12:00 UTC",
              "decision", "Chosen by your team.",
              "owed", "choose the winner"));

  @Test
  void fillsEachPlaceholderOnceAndLeavesWhatPeopleWroteAsTheyWroteIt() {
    assertThat(wording.fill("{designer} in {contest} by {deadline}"))
        .isEqualTo("Designer 3 in “Logo {deadline} $1 \\” by 1 Dec 2026, 12:00 UTC");
  }

  @Test
  void leavesUnknownBracesAlone() {
    assertThat(wording.fill("{nothing} {owed}")).isEqualTo("{nothing} choose the winner");
  }
}
