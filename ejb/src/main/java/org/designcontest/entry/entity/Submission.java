package org.designcontest.entry.entity;

import java.time.Instant;

/**
 * What a published rule compares: an entry, or a finalist's revision of one.
 *
 * @param entryId the entry it is, or the entry it revises
 * @param revision 0 for the entry as submitted, then the revision's number
 * @param rating the company's stars for this submission; null when not rated
 */
public record Submission(
    long designerId, long entryId, int revision, Integer rating, Instant submittedAt) {

  public boolean isRated() {
    return rating != null;
  }
}
