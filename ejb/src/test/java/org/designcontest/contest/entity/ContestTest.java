package org.designcontest.contest.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.designcontest.platform.boundary.ConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lifecycle's rules on one contest, from launch to completion, without a container. */
class ContestTest {

  private static final Instant T = Instant.parse("2026-11-21T09:00:00Z");

  private Contest contest;

  @BeforeEach
  void aLaunchedContest() {
    contest =
        Contest.draft(
            null,
            null,
            new Contest.Brief(
                "Logo", "", "", new BigDecimal("300"), "EUR", false, false, 3, 7, 4, 3, 14),
            null,
            T);
    contest.launch(T);
  }

  @Test
  void eachWindowLastsTheDaysTheCompanyChose() {
    assertThat(contest.deadlineAt()).contains(T.plus(Duration.ofDays(7)));
    contest.closeEntries(T.plus(Duration.ofDays(7)));
    assertThat(contest.deadlineAt()).contains(T.plus(Duration.ofDays(11)));
    contest.startFinalRound(T.plus(Duration.ofDays(11)));
    assertThat(contest.deadlineAt()).contains(T.plus(Duration.ofDays(14)));
    contest.endFinalRound(T.plus(Duration.ofDays(14)));
    assertThat(contest.deadlineAt()).contains(T.plus(Duration.ofDays(28)));
  }

  @Test
  void finalistsMakeThePrizeGuaranteedAndTheCompanyCanNoLongerCancel() {
    contest.startFinalRound(T);

    assertThat(contest.isGuaranteed()).isTrue();
    assertThatThrownBy(() -> contest.cancel(false)).isInstanceOf(ConflictException.class);
    contest.cancel(true);
    assertThat(contest.stage()).isEqualTo(Stage.CANCELLED);
  }

  @Test
  void theHandoverWaitsForTheWinnerThenGivesTheCompanyFiveDays() {
    awarded();
    assertThat(contest.stage()).isEqualTo(Stage.HANDOVER);
    assertThat(contest.deadlineAt()).as("no deadline until the winner delivers").isEmpty();
    assertThat(contest.companyDecisionDue()).isEmpty();
    assertThatThrownBy(() -> contest.approveHandover(ChosenBy.COMPANY, T))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("has not delivered");

    contest.acceptTransfer(T);

    assertThat(contest.deadlineAt()).contains(T.plus(Duration.ofDays(5)));
    assertThat(contest.companyDecisionDue()).contains(T.plus(Duration.ofDays(5)));
    assertThatThrownBy(() -> contest.acceptTransfer(T)).isInstanceOf(ConflictException.class);
    contest.approveHandover(ChosenBy.PLATFORM, T.plus(Duration.ofDays(5)));
    assertThat(contest.stage()).isEqualTo(Stage.COMPLETED);
    assertThat(contest.handoverApprovedBy()).contains(ChosenBy.PLATFORM);
    assertThat(contest.deadlineAt()).isEmpty();
  }

  @Test
  void theWinnerIsPickedOnlyAfterTheFinalRound() {
    contest.startFinalRound(T);

    assertThatThrownBy(() -> contest.award(9L, ChosenBy.COMPANY, T))
        .isInstanceOf(ConflictException.class)
        .hasMessage("A contest in stage FINAL_ROUND cannot move to HANDOVER.");
  }

  @Test
  void onlyTheCompanysDecisionsHaveRemindersDue() {
    assertThat(contest.companyDecisionDue()).as("OPEN: the designers' round").isEmpty();
    contest.closeEntries(T);
    assertThat(contest.companyDecisionDue()).isPresent();
    contest.startFinalRound(T);
    assertThat(contest.companyDecisionDue()).as("FINAL_ROUND: the finalists' round").isEmpty();
    contest.endFinalRound(T);
    assertThat(contest.companyDecisionDue()).isPresent();
  }

  @Test
  void remindersAreDueSeventyTwoAndTwentyFourHoursBefore() {
    Instant deadline = T.plus(Duration.ofDays(14));

    assertThat(ContestReminder.dueAt(deadline, 72)).isEqualTo(T.plus(Duration.ofDays(11)));
    assertThat(ContestReminder.dueAt(deadline, 24)).isEqualTo(T.plus(Duration.ofDays(13)));
  }

  private void awarded() {
    contest.closeEntries(T);
    contest.startFinalRound(T);
    contest.endFinalRound(T);
    contest.award(9L, ChosenBy.COMPANY, T);
  }
}
