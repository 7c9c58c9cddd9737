package org.designcontest.newsletter.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.designcontest.newsletter.control.OpenContests.OpenContest;
import org.junit.jupiter.api.Test;

class OpenContestsTest {

  private static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z");

  private static OpenContest contest(long id, String category, int hoursLeft) {
    return new OpenContest(
        id, "C" + id, category, BigDecimal.TEN, "EUR", NOW.plusSeconds(3600L * hoursLeft), NOW);
  }

  @Test
  void aFollowerGetsTheirCategoriesEndingSoonestFirst() {
    var open =
        new OpenContests.ByCategory(
            Map.of(
                "logo", List.of(contest(1, "logo", 10), contest(2, "logo", 50)),
                "print", List.of(contest(3, "print", 20)),
                "web", List.of(contest(4, "web", 1))));
    assertThat(open.forFollower(List.of("logo", "print")))
        .extracting(OpenContest::id)
        .containsExactly(1L, 3L, 2L);
    assertThat(open.forFollower(List.of("packaging"))).isEmpty();
  }

  @Test
  void aDigestListsAtMostTen() {
    var open =
        new OpenContests.ByCategory(
            Map.of(
                "logo",
                IntStream.rangeClosed(1, 15).mapToObj(i -> contest(i, "logo", i)).toList()));
    assertThat(open.forFollower(List.of("logo")))
        .hasSize(OpenContests.PER_DIGEST)
        .extracting(OpenContest::id)
        .startsWith(1L, 2L);
  }
}
