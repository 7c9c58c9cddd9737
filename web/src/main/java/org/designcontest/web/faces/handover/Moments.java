package org.designcontest.web.faces.handover;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.designcontest.contest.entity.ChosenBy;

/** How the handover and earnings pages write moments and who chose. */
final class Moments {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private Moments() {}

  /** "3 Mar 2026, 14:05 UTC"; empty for none. */
  static String shown(Instant at) {
    return at == null ? "" : SHOWN.format(at);
  }

  /** For a {@code <time datetime>}: ISO-8601. */
  static String iso(Instant at) {
    return at == null ? "" : at.toString();
  }

  /** Who chose the winner or approved the handover, as a sentence's end. */
  static String chooser(ChosenBy by) {
    if (by == null) {
      return "";
    }
    return switch (by) {
      case COMPANY -> "the company";
      case PLATFORM -> "the platform, by its published automatic rule";
      case MODERATOR -> "a moderator";
    };
  }
}
