package org.designcontest.contest.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.designcontest.platform.boundary.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StageTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "DRAFT, OPEN",
    "DRAFT, CANCELLED",
    "OPEN, FINALIST_SELECTION",
    "OPEN, FINAL_ROUND",
    "OPEN, CANCELLED",
    "FINALIST_SELECTION, FINAL_ROUND",
    "FINAL_ROUND, WINNER_SELECTION",
    "WINNER_SELECTION, HANDOVER",
    "HANDOVER, COMPLETED",
    "HANDOVER, CANCELLED",
  })
  void theLifecycleHasTheseMoves(Stage from, Stage to) {
    assertThat(from.moveTo(to)).isEqualTo(to);
  }

  @ParameterizedTest(name = "{0} → {1} is refused")
  @CsvSource({
    "DRAFT, FINALIST_SELECTION",
    "DRAFT, COMPLETED",
    "OPEN, DRAFT",
    "OPEN, WINNER_SELECTION",
    "FINALIST_SELECTION, OPEN",
    "FINAL_ROUND, HANDOVER",
    "WINNER_SELECTION, COMPLETED",
    "COMPLETED, CANCELLED",
    "CANCELLED, OPEN",
  })
  void everyOtherMoveIsRefusedWithAClearError(Stage from, Stage to) {
    assertThatThrownBy(() -> from.moveTo(to))
        .isInstanceOf(ConflictException.class)
        .hasMessage("A contest in stage " + from + " cannot move to " + to + ".");
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"COMPLETED", "CANCELLED"})
  void finishedContestsGoNowhere(Stage finished) {
    assertThat(finished.next()).isEmpty();
    assertThat(finished.isFinished()).isTrue();
  }

  @Test
  void finalistsAreChosenWhenTheFinalRoundBegins() {
    assertThat(Stage.FINALIST_SELECTION.isBeforeFinalists()).isTrue();
    assertThat(Stage.FINAL_ROUND.isBeforeFinalists()).isFalse();
  }
}
