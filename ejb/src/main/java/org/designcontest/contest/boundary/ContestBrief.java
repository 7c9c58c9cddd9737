package org.designcontest.contest.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

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

  @JsonbCreator
  public ContestBrief(
      @JsonbProperty("title") String title,
      @JsonbProperty("category") String category,
      @JsonbProperty("description") String description,
      @JsonbProperty("prize") BigDecimal prize,
      @JsonbProperty("currency") String currency) {
    this.title = title;
    this.category = category;
    this.description = description;
    this.prize = prize;
    this.currency = currency;
  }

  public String title() {
    return title;
  }

  public String category() {
    return category;
  }

  public String description() {
    return description;
  }

  public BigDecimal prize() {
    return prize;
  }

  public String currencyOrDefault() {
    return currency == null ? DEFAULT_CURRENCY : currency;
  }
}
