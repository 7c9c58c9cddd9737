package org.designcontest.contest.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.designcontest.contest.entity.Contest;

/**
 * What a company writes to draft a contest. The same class is the API's request body, so the rules
 * are written once. The category must name a known category; the service checks that.
 *
 * <p>A class, not a record: Payara's OpenAPI generator fails on constraints that a record copies
 * onto its constructor parameters (payara/Payara#7649).
 */
public final class ContestBrief {

  /** The currency used when the brief names none. */
  public static final String DEFAULT_CURRENCY = "USD";

  /** PRODUCT.md's defaults, used where the brief says nothing. */
  static final int DEFAULT_FINALISTS = 5;

  static final int DEFAULT_OPEN_DAYS = 7;
  static final int DEFAULT_FINALIST_SELECTION_DAYS = 4;
  static final int DEFAULT_FINAL_ROUND_DAYS = 3;
  static final int DEFAULT_WINNER_SELECTION_DAYS = 14;

  @NotBlank(message = "A contest needs a title.")
  @Size(max = 120, message = "The title may be at most 120 characters.")
  private final String title;

  @NotBlank(message = "Choose a category.")
  private final String category;

  @Size(max = 20_000, message = "The description may be at most 20,000 characters.")
  private final String description;

  @NotNull(message = "Set the prize.")
  @Positive(message = "The prize must be more than zero.")
  @DecimalMax(value = "1000000", message = "The prize may be at most 1,000,000.")
  @Digits(integer = 7, fraction = 2, message = "The prize has at most two decimals.")
  private final BigDecimal prize;

  @Pattern(regexp = "[A-Z]{3}", message = "The currency is a three-letter ISO code, such as USD.")
  private final String currency;

  @Size(max = 5_000, message = "The style notes may be at most 5,000 characters.")
  private final String styleNotes;

  private final boolean guaranteed;

  private final boolean privateWithNda;

  @Min(value = 1, message = "Choose 1 to 10 finalists.")
  @Max(value = 10, message = "Choose 1 to 10 finalists.")
  private final int finalistCount;

  @Min(value = 3, message = "The qualifying round lasts 3 to 14 days.")
  @Max(value = 14, message = "The qualifying round lasts 3 to 14 days.")
  private final int openDays;

  @Min(value = 2, message = "Finalist selection lasts 2 to 7 days.")
  @Max(value = 7, message = "Finalist selection lasts 2 to 7 days.")
  private final int finalistSelectionDays;

  @Min(value = 1, message = "The final round lasts 1 to 7 days.")
  @Max(value = 7, message = "The final round lasts 1 to 7 days.")
  private final int finalRoundDays;

  @Min(value = 7, message = "Winner selection lasts 7 to 21 days.")
  @Max(value = 21, message = "Winner selection lasts 7 to 21 days.")
  private final int winnerSelectionDays;

  @JsonbCreator
  public ContestBrief(
      @JsonbProperty("title") String title,
      @JsonbProperty("category") String category,
      @JsonbProperty("description") String description,
      @JsonbProperty("prize") BigDecimal prize,
      @JsonbProperty("currency") String currency,
      @JsonbProperty("styleNotes") String styleNotes,
      @JsonbProperty("guaranteed") Boolean guaranteed,
      @JsonbProperty("privateWithNda") Boolean privateWithNda,
      @JsonbProperty("finalistCount") Integer finalistCount,
      @JsonbProperty("openDays") Integer openDays,
      @JsonbProperty("finalistSelectionDays") Integer finalistSelectionDays,
      @JsonbProperty("finalRoundDays") Integer finalRoundDays,
      @JsonbProperty("winnerSelectionDays") Integer winnerSelectionDays) {
    this.title = title;
    this.category = category;
    this.description = description;
    this.prize = prize;
    this.currency = currency;
    this.styleNotes = styleNotes;
    this.guaranteed = Boolean.TRUE.equals(guaranteed);
    this.privateWithNda = Boolean.TRUE.equals(privateWithNda);
    this.finalistCount = finalistCount == null ? DEFAULT_FINALISTS : finalistCount;
    this.openDays = openDays == null ? DEFAULT_OPEN_DAYS : openDays;
    this.finalistSelectionDays =
        finalistSelectionDays == null ? DEFAULT_FINALIST_SELECTION_DAYS : finalistSelectionDays;
    this.finalRoundDays = finalRoundDays == null ? DEFAULT_FINAL_ROUND_DAYS : finalRoundDays;
    this.winnerSelectionDays =
        winnerSelectionDays == null ? DEFAULT_WINNER_SELECTION_DAYS : winnerSelectionDays;
  }

  /** A brief with the defaults for everything but what every contest must say. */
  public static ContestBrief of(
      String title, String category, String description, BigDecimal prize, String currency) {
    return new ContestBrief(
        title,
        category,
        description,
        prize,
        currency,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** The validated values, as the contest keeps them. */
  public Contest.Brief values() {
    return new Contest.Brief(
        title.strip(),
        description == null ? "" : description,
        styleNotes == null ? "" : styleNotes,
        prize,
        currency == null ? DEFAULT_CURRENCY : currency,
        guaranteed,
        privateWithNda,
        finalistCount,
        openDays,
        finalistSelectionDays,
        finalRoundDays,
        winnerSelectionDays);
  }

  public String title() {
    return title;
  }

  public String category() {
    return category;
  }
}
