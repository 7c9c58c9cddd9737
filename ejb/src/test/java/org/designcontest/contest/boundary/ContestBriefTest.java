package org.designcontest.contest.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContestBriefTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void aCompleteBriefIsValidAndDefaultsToDollars() {
    ContestBrief brief = ContestBrief.of("Logo", "logo", null, new BigDecimal("450.50"), null);

    assertThat(VALIDATOR.validate(brief)).isEmpty();
    assertThat(brief.values().currency()).isEqualTo("USD");
    assertThat(brief.values().finalistCount()).isEqualTo(5);
    assertThat(brief.values().openDays()).isEqualTo(7);
    assertThat(brief.values().finalistSelectionDays()).isEqualTo(4);
    assertThat(brief.values().finalRoundDays()).isEqualTo(3);
    assertThat(brief.values().winnerSelectionDays()).isEqualTo(14);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "blank title,       '   ', logo, 100,     USD, title",
    "no category,       Logo,  '',   100,     USD, category",
    "zero prize,        Logo,  logo, 0,       USD, prize",
    "negative prize,    Logo,  logo, -1,      USD, prize",
    "three decimals,    Logo,  logo, 10.123,  USD, prize",
    "prize too large,   Logo,  logo, 1000001, USD, prize",
    "lower-case code,   Logo,  logo, 100,     usd, currency",
    "four-letter code,  Logo,  logo, 100,     USDX, currency",
  })
  void eachRuleNamesItsField(
      String why, String title, String category, BigDecimal prize, String currency, String field) {
    Set<ConstraintViolation<ContestBrief>> violations =
        VALIDATOR.validate(ContestBrief.of(title, category, "", prize, currency));

    assertThat(
            violations.stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet()))
        .containsExactly(field);
  }

  @Test
  void aTitleOfMoreThan120CharactersIsRefused() {
    ContestBrief brief = ContestBrief.of("x".repeat(121), "logo", "", BigDecimal.TEN, "EUR");

    assertThat(VALIDATOR.validate(brief))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("title");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "finalistCount, 0",
    "finalistCount, 11",
    "openDays, 2",
    "openDays, 15",
    "finalistSelectionDays, 1",
    "finalistSelectionDays, 8",
    "finalRoundDays, 0",
    "finalRoundDays, 8",
    "winnerSelectionDays, 6",
    "winnerSelectionDays, 22",
  })
  void roundLengthsAndFinalistsStayWithinTheirRanges(String field, int value) {
    ContestBrief brief =
        new ContestBrief(
            "Logo",
            "logo",
            "",
            BigDecimal.TEN,
            "EUR",
            "",
            false,
            false,
            field.equals("finalistCount") ? value : 5,
            field.equals("openDays") ? value : 7,
            field.equals("finalistSelectionDays") ? value : 4,
            field.equals("finalRoundDays") ? value : 3,
            field.equals("winnerSelectionDays") ? value : 14);

    assertThat(VALIDATOR.validate(brief))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly(field);
  }
}
