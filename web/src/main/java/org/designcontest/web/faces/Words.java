package org.designcontest.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.designcontest.contest.boundary.ContestService;
import org.designcontest.contest.entity.Category;
import org.designcontest.contest.entity.ChosenBy;
import org.designcontest.contest.entity.Stage;

/**
 * How every page words what the product knows by codes: a stage's name for people, who chose, an
 * absolute time (UTC) and the time left until it. Pages call it as {@code #{words.…}}; the
 * countdown script ({@code js/countdown.js}) ticks the same words.
 */
@Named
@ApplicationScoped
public class Words {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  @Inject Clock clock;

  @Inject ContestService contests;

  private volatile Map<String, String> categoryNames;

  /** A category's name by its code (the public list carries codes). */
  public String category(String code) {
    if (categoryNames == null) {
      categoryNames =
          contests.categories().stream().collect(Collectors.toMap(Category::code, Category::name));
    }
    return categoryNames.getOrDefault(code, code);
  }

  public String stage(Stage stage) {
    if (stage == null) {
      return "";
    }
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

  /** Who chose the winner or approved the handover, as a sentence's end. */
  public String chooser(ChosenBy by) {
    if (by == null) {
      return "";
    }
    return switch (by) {
      case COMPANY -> "the company";
      case PLATFORM -> "the platform, by its published automatic rule";
      case MODERATOR -> "a moderator";
    };
  }

  /** "22 Nov 2026, 14:05 UTC". */
  public String when(Instant at) {
    return at == null ? "" : WHEN.format(at);
  }

  /** The machine-readable form for {@code <time datetime>}. */
  public String iso(Instant at) {
    return at == null ? "" : at.toString();
  }

  /**
   * "6 days 23 hours left", "3 hours 12 minutes left", "5 minutes left", "the deadline has passed".
   */
  public String left(Instant at) {
    if (at == null) {
      return "";
    }
    return left(Duration.between(clock.instant(), at));
  }

  static String left(Duration remaining) {
    if (remaining.isNegative() || remaining.isZero()) {
      return "the deadline has passed";
    }
    long days = remaining.toDays();
    long hours = remaining.toHoursPart();
    long minutes = remaining.toMinutesPart();
    String text;
    if (days > 0) {
      text = count(days, "day") + " " + count(hours, "hour");
    } else if (hours > 0) {
      text = count(hours, "hour") + " " + count(minutes, "minute");
    } else {
      text = count(Math.max(minutes, 1), "minute");
    }
    return text + " left";
  }

  private static String count(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
