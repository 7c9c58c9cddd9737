package org.designcontest.notification.control;

import static org.designcontest.notification.entity.Audience.COMPANY;
import static org.designcontest.notification.entity.Audience.ENTRANTS;
import static org.designcontest.notification.entity.Audience.ENTRY_DESIGNER;
import static org.designcontest.notification.entity.Audience.FINALISTS;
import static org.designcontest.notification.entity.Audience.MODERATORS;
import static org.designcontest.notification.entity.Audience.WINNER;
import static org.designcontest.notification.entity.NotificationKind.AWARDS;
import static org.designcontest.notification.entity.NotificationKind.CONTEST_STAGES;
import static org.designcontest.notification.entity.NotificationKind.DEADLINES;
import static org.designcontest.notification.entity.NotificationKind.FEEDBACK;
import static org.designcontest.notification.entity.NotificationKind.NEW_ENTRIES;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.event.entity.EventType;
import org.designcontest.notification.entity.Audience;
import org.designcontest.notification.entity.NotificationKind;

/**
 * Who hears of which event, and what they are told: the one table of it. A person hears of an event
 * once, by the first rule that reaches them (so a finalist reads "you are a finalist", not also
 * "finalists were chosen"), and never of what they did themselves. Events that travel with another
 * (the final round starting with the finalists, approval and prize with completion, the platform's
 * decision with what it decided) say nothing of their own: one happening, one notification.
 * Designers appear to the company only by their contest pseudonym.
 */
public final class NotificationRules {

  private static final Map<EventType, List<NotificationRule>> RULES =
      new EnumMap<>(EventType.class);

  static {
    on(
        EventType.CONTEST_LAUNCHED,
        rule(
            COMPANY,
            CONTEST_STAGES,
            "{contest} is open for entries",
            "Designers can submit entries until {deadline}."));
    on(
        EventType.ENTRY_SUBMITTED,
        rule(
            COMPANY,
            NEW_ENTRIES,
            "New entry from {designer} in {contest}",
            "Rate it in the gallery; entries are open until {deadline}."));
    on(
        EventType.ENTRY_WITHDRAWN,
        rule(
            COMPANY,
            NEW_ENTRIES,
            "{designer} withdrew an entry from {contest}",
            "The entry is no longer in the gallery."));
    on(
        EventType.ENTRY_RATED,
        rule(
            ENTRY_DESIGNER,
            FEEDBACK,
            "Your entry in {contest} was rated",
            "See its stars in My entries."));
    on(
        EventType.ENTRY_COMMENTED,
        rule(
            ENTRY_DESIGNER,
            FEEDBACK,
            "New comment on your entry in {contest}",
            "Read it in My entries; only you and the company see it."));
    on(
        EventType.ENTRY_ELIMINATED,
        rule(
            ENTRY_DESIGNER,
            FEEDBACK,
            "Your entry in {contest} was eliminated",
            "The company gave its reason in My entries. It may restore the entry while"
                + " the contest runs."));
    on(
        EventType.ENTRY_RESTORED,
        rule(
            ENTRY_DESIGNER,
            FEEDBACK,
            "Your entry in {contest} is back in the running",
            "The company restored it."));
    on(
        EventType.ENTRIES_CLOSED,
        rule(
            COMPANY,
            CONTEST_STAGES,
            "Entries closed in {contest}: choose your finalists",
            "Choose them by {deadline}; otherwise the platform chooses by its published rule."),
        rule(
            ENTRANTS,
            CONTEST_STAGES,
            "Entries closed in {contest}",
            "The company chooses its finalists by {deadline}."));
    on(
        EventType.FINALISTS_CHOSEN,
        rule(
            FINALISTS,
            AWARDS,
            "You are a finalist in {contest}",
            "Upload revisions in the final round, until {deadline}."),
        rule(
            ENTRANTS,
            CONTEST_STAGES,
            "Finalists chosen in {contest}",
            "Your entries are not among them. Thank you for taking part."),
        rule(
            COMPANY,
            CONTEST_STAGES,
            "Finalists chosen in {contest}",
            "{decision} The final round runs until {deadline}."));
    on(
        EventType.REVISION_SUBMITTED,
        rule(
            COMPANY,
            NEW_ENTRIES,
            "{designer} uploaded a revision in {contest}",
            "See it in the gallery; the final round runs until {deadline}."));
    on(
        EventType.REVISION_RATED,
        rule(
            ENTRY_DESIGNER,
            FEEDBACK,
            "Your revision in {contest} was rated",
            "See its stars in My entries."));
    on(
        EventType.FINAL_ROUND_ENDED,
        rule(
            COMPANY,
            CONTEST_STAGES,
            "Final round of {contest} ended: choose the winner",
            "Choose by {deadline}; otherwise the platform awards by its published rule."),
        rule(
            FINALISTS,
            CONTEST_STAGES,
            "Final round of {contest} ended",
            "The company chooses the winner by {deadline}."));
    on(
        EventType.WINNER_CHOSEN,
        rule(
            WINNER,
            AWARDS,
            "You won {contest}",
            "Upload the final files and accept the transfer to receive the prize."),
        rule(
            ENTRANTS,
            CONTEST_STAGES,
            "A winner was chosen in {contest}",
            "Your entries did not win this time. Thank you for taking part."),
        rule(
            COMPANY,
            AWARDS,
            "Winner chosen in {contest}",
            "{decision} The winner now delivers the final files."));
    on(
        EventType.REMINDER_DUE,
        rule(
            COMPANY,
            DEADLINES,
            "Reminder: {owed} in {contest} by {deadline}",
            "After that the platform decides by its published rule."));
    on(
        EventType.TRANSFER_ACCEPTED,
        rule(
            COMPANY,
            AWARDS,
            "The winner delivered the final files of {contest}",
            "Check them and approve by {deadline}; after that the handover is approved"
                + " automatically."));
    on(
        EventType.PRIZE_RELEASED,
        rule(
            WINNER,
            AWARDS,
            "Your prize for {contest} is released",
            "The company has the files; thank you for your work."));
    on(
        EventType.CONTEST_COMPLETED,
        rule(
            COMPANY,
            CONTEST_STAGES,
            "{contest} is completed",
            "The final files are yours and the prize went to the winner."));
    on(
        EventType.CONTEST_ENDED_WITHOUT_ENTRIES,
        rule(COMPANY, CONTEST_STAGES, "{contest} ended without entries", "The prize is refunded."));
    on(
        EventType.CONTEST_ENDED_WITHOUT_WINNER,
        rule(COMPANY, CONTEST_STAGES, "{contest} ended without a winner", "The prize is refunded."),
        rule(
            ENTRANTS,
            CONTEST_STAGES,
            "{contest} ended without a winner",
            "Thank you for taking part."));
    on(
        EventType.CONTEST_CANCELLED,
        rule(COMPANY, CONTEST_STAGES, "{contest} was cancelled", "The prize is refunded."),
        rule(
            ENTRANTS,
            CONTEST_STAGES,
            "{contest} was cancelled",
            "No winner will be chosen. Thank you for taking part."),
        rule(
            MODERATORS,
            CONTEST_STAGES,
            "{contest} was cancelled",
            "See its history for who cancelled it."));
  }

  private NotificationRules() {}

  /** The rules for an event, in the order they reach people; none for silent events. */
  /**
   * The page a notice opens: where its reader acts on it. Designers read feedback and finalist news
   * on My entries and the win on the handover; the company judges in the gallery and approves on
   * the handover; everything else is about the contest as a whole.
   */
  public static String link(Audience audience, EventType type, Contest contest) {
    String gallery = "/gallery.xhtml?contest=" + contest.id();
    String handover = "/handover.xhtml?contest=" + contest.id();
    return switch (audience) {
      case ENTRY_DESIGNER, FINALISTS -> "/my-entries.xhtml";
      case WINNER -> handover;
      case COMPANY ->
          switch (type) {
            case ENTRY_SUBMITTED,
                ENTRY_WITHDRAWN,
                REVISION_SUBMITTED,
                ENTRIES_CLOSED,
                FINAL_ROUND_ENDED ->
                gallery;
            case WINNER_CHOSEN, TRANSFER_ACCEPTED, CONTEST_COMPLETED -> handover;
            case REMINDER_DUE -> contest.stage() == Stage.HANDOVER ? handover : gallery;
            default -> "/contest.xhtml?id=" + contest.id();
          };
      default -> "/contest.xhtml?id=" + contest.id();
    };
  }

  public static List<NotificationRule> of(EventType type) {
    return RULES.getOrDefault(type, List.of());
  }

  private static void on(EventType type, NotificationRule... rules) {
    RULES.put(type, List.of(rules));
  }

  private static NotificationRule rule(
      Audience audience, NotificationKind kind, String title, String body) {
    return new NotificationRule(audience, kind, title, body);
  }
}
