package org.designcontest.entry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.designcontest.entry.entity.Submission;
import org.junit.jupiter.api.Test;

class SelectionRulesTest {

  private static final Instant T = Instant.parse("2026-11-21T10:00:00Z");

  private static Submission entry(long designer, long entry, Integer rating, int minute) {
    return new Submission(designer, entry, 0, rating, T.plusSeconds(60L * minute));
  }

  private static Submission revision(
      long designer, long entry, int number, Integer rating, int minute) {
    return new Submission(designer, entry, number, rating, T.plusSeconds(60L * minute));
  }

  @Test
  void finalistsAreTheDesignersOfTheBestRatedEntries() {
    List<Submission> entries =
        List.of(entry(1, 10, 3, 0), entry(2, 20, 5, 1), entry(3, 30, 4, 2), entry(4, 40, 2, 3));

    assertThat(SelectionRules.finalists(entries, 2)).containsExactly(2L, 3L);
  }

  @Test
  void unratedEntriesRankBelowEveryRatedOne() {
    List<Submission> entries = List.of(entry(1, 10, null, 0), entry(2, 20, 1, 5));

    assertThat(SelectionRules.finalists(entries, 1)).containsExactly(2L);
    assertThat(SelectionRules.finalists(entries, 5)).containsExactly(2L, 1L);
  }

  @Test
  void tiesGoToTheEarlierSubmission() {
    List<Submission> entries =
        List.of(
            entry(1, 10, 4, 9), entry(2, 20, 4, 3), entry(3, 30, null, 1), entry(4, 40, null, 0));

    assertThat(SelectionRules.finalists(entries, 4)).containsExactly(2L, 1L, 4L, 3L);
  }

  @Test
  void aDesignerWithSeveralGoodEntriesTakesOneFinalistPlace() {
    List<Submission> entries =
        List.of(entry(1, 10, 5, 0), entry(1, 11, 5, 1), entry(1, 12, 4, 2), entry(2, 20, 3, 3));

    assertThat(SelectionRules.finalists(entries, 2)).containsExactly(1L, 2L);
  }

  @Test
  void noEntriesNoFinalists() {
    assertThat(SelectionRules.finalists(List.of(), 5)).isEmpty();
  }

  @Test
  void theWinnerIsTheFinalistWhoseLatestRevisionIsRatedBest() {
    List<Submission> submissions =
        List.of(
            entry(1, 10, 5, 0),
            revision(1, 10, 1, 2, 100), // designer 1's latest: 2 stars, though the entry had 5
            entry(2, 20, 3, 1),
            revision(2, 20, 1, 4, 90));

    assertThat(SelectionRules.winner(submissions))
        .get()
        .extracting(Submission::designerId, Submission::revision)
        .containsExactly(2L, 1);
  }

  @Test
  void aFinalistWhoRevisedNothingCompetesWithTheirLatestEntry() {
    List<Submission> submissions =
        List.of(entry(1, 10, 2, 0), entry(1, 11, 5, 4), revision(2, 20, 1, 4, 90));

    assertThat(SelectionRules.winner(submissions))
        .get()
        .extracting(Submission::entryId)
        .isEqualTo(11L);
  }

  @Test
  void aWinnerTieGoesToTheEarliestSubmission() {
    List<Submission> submissions =
        List.of(revision(1, 10, 2, 4, 95), revision(2, 20, 1, 4, 80), revision(3, 30, 3, 4, 99));

    assertThat(SelectionRules.winner(submissions))
        .get()
        .extracting(Submission::designerId)
        .isEqualTo(2L);
  }

  @Test
  void anUnratedLatestRevisionLosesToAnyRatedOne() {
    List<Submission> submissions = List.of(revision(1, 10, 1, null, 10), revision(2, 20, 1, 1, 50));

    assertThat(SelectionRules.winner(submissions))
        .get()
        .extracting(Submission::designerId)
        .isEqualTo(2L);
  }

  @Test
  void noSubmissionsNoWinner() {
    assertThat(SelectionRules.winner(List.of())).isEmpty();
  }
}
