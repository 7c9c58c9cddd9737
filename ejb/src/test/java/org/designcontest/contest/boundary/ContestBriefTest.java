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
    ContestBrief brief = new ContestBrief("Logo", "logo", null, new BigDecimal("450.50"), null);

    assertThat(VALIDATOR.validate(brief)).isEmpty();
    assertThat(brief.currencyOrDefault()).isEqualTo("USD");
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
        VALIDATOR.validate(new ContestBrief(title, category, "", prize, currency));

    assertThat(
            violations.stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet()))
        .containsExactly(field);
  }

  @Test
  void aTitleOfMoreThan120CharactersIsRefused() {
    ContestBrief brief = new ContestBrief("x".repeat(121), "logo", "", BigDecimal.TEN, "EUR");

    assertThat(VALIDATOR.validate(brief))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("title");
  }
}
