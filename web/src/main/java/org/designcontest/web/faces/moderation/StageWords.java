package org.designcontest.web.faces.moderation;

import org.designcontest.contest.entity.Stage;

/** A contest's stage in words, for the moderation pages. */
final class StageWords {

  private StageWords() {}

  static String of(Stage stage) {
    return switch (stage) {
      case DRAFT -> "Draft";
      case OPEN -> "Open for entries";
      case FINALIST_SELECTION -> "Finalists being chosen";
      case FINAL_ROUND -> "Final round";
      case WINNER_SELECTION -> "Winner being chosen";
      case HANDOVER -> "Handover";
      case COMPLETED -> "Completed";
      case CANCELLED -> "Cancelled";
    };
  }
}
