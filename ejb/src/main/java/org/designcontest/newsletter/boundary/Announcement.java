package org.designcontest.newsletter.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.designcontest.newsletter.entity.Segment;

/**
 * An announcement as staff write it. A class, not a record, like the other validated request
 * bodies: Payara's OpenAPI generator fails on constraints on record components.
 */
public final class Announcement {

  @NotBlank(message = "Write a subject.")
  @Size(max = 150, message = "The subject may be at most 150 characters.")
  private final String subject;

  /** HTML; only the safe subset is kept (paragraphs, emphasis, lists, links). */
  @NotBlank(message = "Write the announcement.")
  @Size(max = 20_000, message = "The announcement may be at most 20,000 characters.")
  private final String body;

  /** DESIGNERS, COMPANIES, EVERYONE or CATEGORY. */
  @NotNull(message = "Choose who receives it.")
  private final Segment segment;

  /** The category's code, for CATEGORY. */
  private final String category;

  @JsonbCreator
  public Announcement(
      @JsonbProperty("subject") String subject,
      @JsonbProperty("body") String body,
      @JsonbProperty("segment") Segment segment,
      @JsonbProperty("category") String category) {
    this.subject = subject;
    this.body = body;
    this.segment = segment;
    this.category = category;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public Segment segment() {
    return segment;
  }

  public String category() {
    return category;
  }
}
