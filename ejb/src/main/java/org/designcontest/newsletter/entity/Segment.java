package org.designcontest.newsletter.entity;

/** Who a newsletter goes to (always only those subscribed to its list, verified, not suspended). */
public enum Segment {
  DESIGNERS,
  COMPANIES,
  EVERYONE,
  /** Designers following one category. */
  CATEGORY,
  /** The weekly digest's readers: designers following at least one category. */
  DIGEST;

  public MailingList list() {
    return this == DIGEST ? MailingList.WEEKLY_DIGEST : MailingList.ANNOUNCEMENTS;
  }
}
