package org.designcontest.web.api.contest;

import java.math.BigDecimal;
import java.time.Instant;
import org.designcontest.contest.entity.Contest;

/** A contest as the API shows it. */
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
    Instant deadlineAt) {

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
        contest.deadlineAt().orElse(null));
  }
}
