package org.designcontest.entry.entity;

import java.time.Instant;

/**
 * An entry as a contest's company or its own designer sees it: under the designer's per-contest
 * pseudonym, without who the designer is.
 */
public record EntryView(
    long id,
    int designerNumber,
    String title,
    String notes,
    Entry.Status status,
    String eliminationReason,
    String contentType,
    String sha256,
    Integer rating,
    Instant submittedAt) {

  public String pseudonym() {
    return ContestPseudonym.name(designerNumber);
  }
}
