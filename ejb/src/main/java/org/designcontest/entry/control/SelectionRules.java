package org.designcontest.entry.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.entry.entity.Submission;

/**
 * The rules by which the platform chooses when the company's window ends (PRODUCT.md), as published
 * on every contest page. Pure functions: the callers load the submissions.
 */
public final class SelectionRules {

  public static final String FINALISTS =
      "the designers of the best-rated live entries, up to the contest's number of finalists"
          + " (unrated entries rank below rated ones; ties: the earlier submission first)";

  public static final String WINNER =
      "the finalist whose latest revision has the best rating"
          + " (unrated ranks below rated; ties: the earliest submission)";

  public static final String APPROVAL =
      "approved automatically 5 days after the winner delivered the files and accepted the"
          + " transfer";

  /** Rated above unrated, more stars first, then the earlier submission, then the lower entry. */
  static final Comparator<Submission> BEST_FIRST =
      Comparator.comparing(Submission::isRated)
          .reversed()
          .thenComparing(
              Submission::rating, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
          .thenComparing(Submission::submittedAt)
          .thenComparing(Submission::entryId)
          .thenComparing(Submission::revision);

  private SelectionRules() {}

  /** What happens when the contest's current deadline passes, if it has one. */
  public static Optional<String> atNextDeadline(Contest contest) {
    return contest.deadlineAt().flatMap(at -> whenDeadlinePasses(contest.stage()));
  }

  /** What happens when a contest's current deadline passes, as the contest page says it. */
  public static Optional<String> whenDeadlinePasses(Stage stage) {
    return Optional.ofNullable(
        switch (stage) {
          case OPEN -> "Entries close and the company picks its finalists.";
          case FINALIST_SELECTION ->
              "If the company has not picked its finalists, the platform picks " + FINALISTS + ".";
          case FINAL_ROUND -> "The final round ends and the company picks the winner.";
          case WINNER_SELECTION ->
              "If the company has not picked the winner, the platform awards " + WINNER + ".";
          case HANDOVER -> "If the company has not approved the files, they are " + APPROVAL + ".";
          case DRAFT, COMPLETED, CANCELLED -> null;
        });
  }

  /** The finalists' designers, best first: each designer once, at most {@code count}. */
  public static List<Long> finalists(Collection<Submission> liveEntries, int count) {
    return liveEntries.stream()
        .sorted(BEST_FIRST)
        .map(Submission::designerId)
        .collect(Collectors.toCollection(LinkedHashSet::new))
        .stream()
        .limit(count)
        .toList();
  }

  /**
   * The winning submission: of each finalist's latest submission (a revision, or the entry itself
   * when they revised nothing), the best.
   */
  public static Optional<Submission> winner(Collection<Submission> finalistsSubmissions) {
    Map<Long, Submission> latestOfEach =
        finalistsSubmissions.stream()
            .collect(Collectors.toMap(Submission::designerId, submission -> submission, LATER));
    return latestOfEach.values().stream().min(BEST_FIRST);
  }

  private static final BinaryOperator<Submission> LATER =
      (a, b) ->
          Comparator.comparing(Submission::submittedAt)
                      .thenComparing(Submission::entryId)
                      .thenComparing(Submission::revision)
                      .compare(a, b)
                  >= 0
              ? a
              : b;
}
