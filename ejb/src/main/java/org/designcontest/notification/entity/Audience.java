package org.designcontest.notification.entity;

/**
 * The people an event concerns, each as a query for their account ids and addresses ({@code ?1} the
 * contest, {@code ?2} the entry the event is about). Suspended accounts hear nothing; staff removed
 * from the company neither.
 */
public enum Audience {
  /** The staff of the company that runs the contest. */
  COMPANY(
      "select a.id, a.email from account a join contest c on c.company_id = a.company_id"
          + " where c.id = ?1 and a.suspended_at is null and a.removed_from_company_at is null"),
  /** The designer of the entry the event is about. */
  ENTRY_DESIGNER(
      "select a.id, a.email from account a join entry e on e.designer_id = a.id"
          + " where e.id = ?2 and a.suspended_at is null"),
  /** Designers with an entry in the contest they did not withdraw (eliminated ones hear too). */
  ENTRANTS(
      "select a.id, a.email from account a where a.suspended_at is null and exists (select 1"
          + " from entry e where e.contest_id = ?1 and e.designer_id = a.id and e.status <> 'WITHDRAWN')"),
  FINALISTS(
      "select a.id, a.email from account a join contest_finalist f on f.designer_id = a.id"
          + " where f.contest_id = ?1 and a.suspended_at is null"),
  /** The designer of the winning entry. */
  WINNER(
      "select a.id, a.email from account a join entry e on e.designer_id = a.id"
          + " join contest c on c.winning_entry_id = e.id where c.id = ?1"
          + " and a.suspended_at is null"),
  MODERATORS(
      "select a.id, a.email from account a where a.role = 'MODERATOR' and a.suspended_at is null");

  private final String query;

  Audience(String query) {
    this.query = query;
  }

  /** Native SQL returning (id, email) rows. */
  public String query() {
    return query;
  }
}
