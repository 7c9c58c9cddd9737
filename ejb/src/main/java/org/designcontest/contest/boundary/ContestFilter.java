package org.designcontest.contest.boundary;

import java.math.BigDecimal;
import org.designcontest.contest.entity.Stage;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.Page;

/**
 * What the public contest list is filtered and sorted by; every field is optional.
 *
 * @param stage one stage; by default every stage after the draft
 * @param endingWithinDays only contests whose current deadline is at most this many days away
 * @param text words looked for in the title (case-insensitive)
 */
public record ContestFilter(
    Stage stage,
    String category,
    BigDecimal minPrize,
    Integer endingWithinDays,
    String text,
    Sort sort,
    Page.Request page) {

  /** How the list is ordered. */
  public enum Sort {
    /** The nearest deadline first (contests without one last). */
    ENDING,
    NEWEST,
    PRIZE
  }

  /** The part of the filter that decides which contests are listed (not their order or page). */
  public record Where(
      Stage stage, String category, BigDecimal minPrize, Integer endingWithinDays, String text) {}

  public Where where() {
    return new Where(stage, category, minPrize, endingWithinDays, text);
  }

  public ContestFilter {
    if (stage == Stage.DRAFT) {
      throw new InvalidFieldException("stage", "Drafts are not listed.");
    }
    if (minPrize != null && minPrize.signum() < 0) {
      throw new InvalidFieldException("minPrize", "The minimum prize cannot be negative.");
    }
    if (endingWithinDays != null && (endingWithinDays < 0 || endingWithinDays > 60)) {
      throw new InvalidFieldException("endingWithinDays", "Say 0 to 60 days.");
    }
    if (text != null && text.length() > 100) {
      throw new InvalidFieldException("q", "Search for at most 100 characters.");
    }
    text = text == null || text.isBlank() ? null : text.strip();
    category = category == null || category.isBlank() ? null : category.strip();
    sort = sort == null ? Sort.ENDING : sort;
  }
}
