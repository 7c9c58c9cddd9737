package org.designcontest.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designcontest.event.entity.EventType;
import org.designcontest.notification.entity.Audience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotificationRulesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

  @ParameterizedTest
  @EnumSource(
      value = EventType.class,
      names = {
        "CONTEST_DRAFTED",
        "FINAL_ROUND_STARTED",
        "AUTOMATIC_SELECTION_MADE",
        "HANDOVER_FILE_UPLOADED",
        "HANDOVER_APPROVED"
      })
  void eventsThatTravelWithAnotherSayNothingOfTheirOwn(EventType type) {
    assertThat(NotificationRules.of(type)).isEmpty();
  }

  @Test
  void everyPatternUsesOnlyKnownPlaceholders() {
    Arrays.stream(EventType.values())
        .flatMap(type -> NotificationRules.of(type).stream())
        .flatMap(rule -> java.util.stream.Stream.of(rule.title(), rule.body()))
        .forEach(
            pattern -> {
              Matcher placeholder = PLACEHOLDER.matcher(pattern);
              while (placeholder.find()) {
                assertThat(placeholder.group(1))
                    .as(pattern)
                    .isIn("contest", "designer", "deadline", "decision", "owed");
              }
            });
  }

  @Test
  void onlyTheCompanyIsToldOfADesignerAndThenByPseudonym() {
    Arrays.stream(EventType.values())
        .flatMap(type -> NotificationRules.of(type).stream())
        .filter(rule -> (rule.title() + rule.body()).contains("{designer}"))
        .forEach(rule -> assertThat(rule.audience()).isEqualTo(Audience.COMPANY));
  }

  @Test
  void aFinalistHearsOfTheirPlaceBeforeTheRestHearOfTheChoice() {
    assertThat(NotificationRules.of(EventType.FINALISTS_CHOSEN))
        .extracting(NotificationRule::audience)
        .startsWith(Audience.FINALISTS, Audience.ENTRANTS);
    assertThat(NotificationRules.of(EventType.WINNER_CHOSEN))
        .extracting(NotificationRule::audience)
        .startsWith(Audience.WINNER, Audience.ENTRANTS);
  }
}
