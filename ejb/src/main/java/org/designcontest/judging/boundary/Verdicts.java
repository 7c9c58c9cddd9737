package org.designcontest.judging.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the company sends when it judges; also the API's request bodies. (Classes: see
 * ContestBrief.)
 */
public final class Verdicts {

  private Verdicts() {}

  /** Stars for an entry. */
  public static final class Rating {

    @NotNull(message = "Give 1 to 5 stars.")
    @Min(value = 1, message = "Give 1 to 5 stars.")
    @Max(value = 5, message = "Give 1 to 5 stars.")
    private final Integer stars;

    @JsonbCreator
    public Rating(@JsonbProperty("stars") Integer stars) {
      this.stars = stars;
    }

    public int stars() {
      return stars;
    }
  }

  /** Why an entry is eliminated; the designer sees it. */
  public static final class Elimination {

    @NotBlank(message = "Say why, so the designer can learn from it.")
    @Size(max = 500, message = "The reason may be at most 500 characters.")
    private final String reason;

    @JsonbCreator
    public Elimination(@JsonbProperty("reason") String reason) {
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  /** A comment on an entry. */
  public static final class Comment {

    @NotBlank(message = "Write the comment.")
    @Size(max = 2_000, message = "A comment may be at most 2,000 characters.")
    private final String text;

    @JsonbCreator
    public Comment(@JsonbProperty("text") String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  /** The finalists, by their pseudonym numbers ("Designer 3" is 3). */
  public static final class FinalistPick {

    @NotEmpty(message = "Choose at least one finalist.")
    private final List<Integer> designers;

    @JsonbCreator
    public FinalistPick(@JsonbProperty("designers") List<Integer> designers) {
      this.designers = designers == null ? List.of() : List.copyOf(designers);
    }

    public List<Integer> designers() {
      return designers;
    }
  }

  /** The winning entry, by its id (an entry of a finalist). */
  public static final class WinnerPick {

    @NotNull(message = "Name the winning entry.")
    private final Long entry;

    @JsonbCreator
    public WinnerPick(@JsonbProperty("entry") Long entry) {
      this.entry = entry;
    }

    public long entry() {
      return entry;
    }
  }
}
