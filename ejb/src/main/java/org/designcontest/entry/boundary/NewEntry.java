package org.designcontest.entry.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a designer writes with an entry's image. (A class: see ContestBrief.) */
public final class NewEntry {

  @NotBlank(message = "Give the entry a title.")
  @Size(max = 120, message = "The title may be at most 120 characters.")
  private final String title;

  @Size(max = 5_000, message = "The notes may be at most 5,000 characters.")
  private final String notes;

  public NewEntry(String title, String notes) {
    this.title = title;
    this.notes = notes;
  }

  public String title() {
    return title;
  }

  public String notes() {
    return notes;
  }
}
