package org.designcontest.event.control;

import org.designcontest.event.entity.EventType;

/**
 * What each kind of event says in a contest's history, in words for people (the page shows who did
 * it and the event's detail next to it). Plain text: pages escape it where they show it.
 */
public final class HistoryWording {

  private HistoryWording() {}

  public static String what(EventType type) {
    return switch (type) {
      case CONTEST_DRAFTED -> "Contest drafted";
      case CONTEST_LAUNCHED -> "Contest launched: open for entries";
      case ENTRY_SUBMITTED -> "Entry submitted";
      case ENTRY_WITHDRAWN -> "Entry withdrawn";
      case ENTRY_RATED -> "Entry rated";
      case ENTRY_COMMENTED -> "Entry commented on";
      case ENTRY_ELIMINATED -> "Entry eliminated";
      case ENTRY_RESTORED -> "Entry restored";
      case ENTRIES_CLOSED -> "Entries closed: finalists are being chosen";
      case FINALISTS_CHOSEN -> "Finalists chosen";
      case FINAL_ROUND_STARTED -> "Final round started";
      case REVISION_SUBMITTED -> "Revision submitted";
      case REVISION_RATED -> "Revision rated";
      case FINAL_ROUND_ENDED -> "Final round ended: the winner is being chosen";
      case WINNER_CHOSEN -> "Winner chosen";
      case AUTOMATIC_SELECTION_MADE -> "Decided by the platform's published rule";
      case REMINDER_DUE -> "Reminder of a decision due";
      case HANDOVER_FILE_UPLOADED -> "Final file uploaded";
      case TRANSFER_ACCEPTED -> "Transfer of rights accepted";
      case HANDOVER_APPROVED -> "Handover approved";
      case PRIZE_RELEASED -> "Prize released to the winner";
      case CONTEST_COMPLETED -> "Contest completed";
      case CONTEST_ENDED_WITHOUT_ENTRIES -> "Contest ended without entries";
      case CONTEST_ENDED_WITHOUT_WINNER -> "Contest ended without a winner";
      case CONTEST_CANCELLED -> "Contest cancelled";
    };
  }
}
