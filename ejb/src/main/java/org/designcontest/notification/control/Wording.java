package org.designcontest.notification.control;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designcontest.contest.entity.Contest;
import org.designcontest.event.entity.DomainEvent;

/**
 * The values the patterns of {@link NotificationRule} are filled with for one event. Filling is one
 * pass, so a contest title that contains "{deadline}" stays what its author wrote. The result is
 * plain text: pages and emails escape it where they show it.
 */
public record Wording(Map<String, String> values) {

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{(contest|designer|deadline|decision|owed)\\}");

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  public static Wording of(DomainEvent event, Contest contest, String designer) {
    return new Wording(
        Map.of(
            "contest",
            "“" + contest.title() + "”",
            "designer",
            designer == null ? "a designer" : designer,
            "deadline",
            contest.deadlineAt().map(WHEN::format).orElse("the end of the contest"),
            "decision",
            decision(event),
            "owed",
            owed(contest)));
  }

  public String fill(String pattern) {
    Matcher placeholder = PLACEHOLDER.matcher(pattern);
    StringBuilder text = new StringBuilder();
    while (placeholder.find()) {
      placeholder.appendReplacement(
          text, Matcher.quoteReplacement(values.get(placeholder.group(1))));
    }
    return placeholder.appendTail(text).toString();
  }

  private static String owed(Contest contest) {
    return switch (contest.stage()) {
      case FINALIST_SELECTION -> "choose your finalists";
      case WINNER_SELECTION -> "choose the winner";
      case HANDOVER -> "approve the final files";
      default -> "decide";
    };
  }

  /** Who decided: the team, the platform by its rule, or a moderator with a reason (the detail). */
  private static String decision(DomainEvent event) {
    if (event.detail() == null) {
      return "Chosen by your team.";
    }
    String detail = event.detail().matches(".*[.!?]$") ? event.detail() : event.detail() + ".";
    return DomainEvent.PLATFORM.equals(event.actor())
        ? "Your window ended, so the platform chose by its published rule: " + detail
        : detail;
  }
}
