package org.designcontest.moderation.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A moderator's award: the winning entry, and why a moderator chose it. */
public final class ManualAward {

  @NotNull(message = "Name the winning entry.")
  private final Long entry;

  @NotBlank(message = "Say why a moderator awards this contest.")
  // the history keeps it after "Awarded by a moderator: " in 300 characters
  @Size(min = 10, max = 250, message = "Give a reason of 10 to 250 characters.")
  private final String reason;

  @JsonbCreator
  public ManualAward(@JsonbProperty("entry") Long entry, @JsonbProperty("reason") String reason) {
    this.entry = entry;
    this.reason = reason == null ? null : reason.strip();
  }

  public Long entry() {
    return entry;
  }

  public String reason() {
    return reason;
  }
}
