package org.designcontest.newsletter.entity;

/** What a person can subscribe to. */
public enum MailingList {
  /** Open contests in the categories a designer follows, once a week. */
  WEEKLY_DIGEST,
  /** News from the platform's staff. */
  ANNOUNCEMENTS
}
