package org.designcontest.web.api.contest;

import java.math.BigDecimal;
import java.time.Instant;
import org.designcontest.contest.entity.Contest;
import org.designcontest.entry.control.SelectionRules;

/**
 * A contest as the API shows it, with its current deadline and the rules that apply when it passes
 * (the countdown and the published rule of PRODUCT.md).
 */
public record ContestView(
    long id,
    long version,
    long companyId,
    String title,
    String category,
    String description,
    BigDecimal prize,
    String currency,
    String stage,
    Instant createdAt,
    String styleNotes,
    boolean guaranteed,
    boolean privateWithNda,
    int finalistCount,
    int openDays,
    int finalistSelectionDays,
    int finalRoundDays,
    int winnerSelectionDays,
    Instant launchedAt,
    Instant deadlineAt,
    Long winningEntryId,
    String winnerChosenBy,
    Instant transferAcceptedAt,
    Instant completedAt,
    Rules rules) {

  /**
   * The published rules the platform applies when the company's window ends, and what happens when
   * the current deadline passes.
   */
  public record Rules(String finalists, String winner, String approval, String atDeadline) {}

  public static ContestView of(Contest contest) {
    return new ContestView(
        contest.id(),
        contest.version(),
        contest.company().id(),
        contest.title(),
        contest.category().code(),
        contest.description(),
        contest.prizeAmount(),
        contest.prizeCurrency(),
        contest.stage().name(),
        contest.createdAt(),
        contest.styleNotes(),
        contest.isGuaranteed(),
        contest.isPrivateWithNda(),
        contest.finalistCount(),
        contest.openDays(),
        contest.finalistSelectionDays(),
        contest.finalRoundDays(),
        contest.winnerSelectionDays(),
        contest.launchedAt().orElse(null),
        contest.deadlineAt().orElse(null),
        contest.winningEntryId().orElse(null),
        contest.winnerChosenBy().map(Enum::name).orElse(null),
        contest.transferAcceptedAt().orElse(null),
        contest.completedAt().orElse(null),
        new Rules(
            SelectionRules.FINALISTS,
            SelectionRules.WINNER,
            SelectionRules.APPROVAL,
            SelectionRules.atNextDeadline(contest).orElse(null)));
  }
}
