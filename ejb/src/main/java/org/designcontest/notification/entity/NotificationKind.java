package org.designcontest.notification.entity;

/**
 * The kinds a person chooses email delivery for. Defaults keep the inbox quiet: what needs a
 * decision or changes a designer's chances comes at once; what can come in bulk (new entries,
 * ratings) comes in the daily digest.
 */
public enum NotificationKind {
  CONTEST_STAGES(
      "Contest stages: launched, closed, finalists, winner, completed", Delivery.IMMEDIATELY),
  AWARDS("Finalist places, wins, final files and prizes", Delivery.IMMEDIATELY),
  DEADLINES("Reminders of decisions you owe", Delivery.IMMEDIATELY),
  NEW_ENTRIES("New entries, withdrawals and revisions in your contests", Delivery.DAILY),
  FEEDBACK("Stars, comments and eliminations of your entries", Delivery.DAILY),
  MESSAGES("Chat messages you have not read for a while", Delivery.IMMEDIATELY);

  private final String label;
  private final Delivery byDefault;

  NotificationKind(String label, Delivery byDefault) {
    this.label = label;
    this.byDefault = byDefault;
  }

  public String label() {
    return label;
  }

  public Delivery byDefault() {
    return byDefault;
  }
}
