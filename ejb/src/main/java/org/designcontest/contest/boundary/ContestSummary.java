package org.designcontest.contest.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import org.designcontest.contest.entity.Stage;

/**
 * A contest as the public list shows it: no brief, no company details, and of the entries only
 * their count.
 */
public record ContestSummary(
    long id,
    String title,
    String category,
    BigDecimal prize,
    String currency,
    Stage stage,
    boolean guaranteed,
    boolean privateWithNda,
    long entryCount,
    Instant launchedAt,
    Instant deadlineAt) {}
