package org.designcontest.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.designcontest.platform.control.SqlValues;

/** The contests taking entries, by category: what the weekly digest is made of. */
@ApplicationScoped
public class OpenContests {

  /** How many contests one digest lists at most. */
  public static final int PER_DIGEST = 10;

  /** One open contest as the digest shows it. */
  public record OpenContest(
      long id,
      String title,
      String categoryCode,
      BigDecimal prizeAmount,
      String prizeCurrency,
      Instant deadlineAt,
      Instant launchedAt) {}

  /** The contests open now, ending soonest first within each category. */
  public static final class ByCategory {
    private final Map<String, List<OpenContest>> contests;

    ByCategory(Map<String, List<OpenContest>> contests) {
      this.contests = contests;
    }

    /** The digest of someone following {@code categories}: ending soonest first, at most 10. */
    public List<OpenContest> forFollower(Collection<String> categories) {
      return categories.stream()
          .flatMap(code -> contests.getOrDefault(code, List.of()).stream())
          .sorted(Comparator.comparing(OpenContest::deadlineAt).thenComparing(OpenContest::id))
          .limit(PER_DIGEST)
          .toList();
    }
  }

  @PersistenceContext EntityManager em;

  public ByCategory now() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, title, category_code, prize_amount, prize_currency, deadline_at,"
                    + " launched_at from contest where stage = 'OPEN' order by deadline_at, id")
            .getResultList();
    return new ByCategory(
        rows.stream()
            .map(
                row ->
                    new OpenContest(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        (String) row[2],
                        (BigDecimal) row[3],
                        ((String) row[4]).strip(),
                        SqlValues.instant(row[5]),
                        SqlValues.instant(row[6])))
            .collect(Collectors.groupingBy(OpenContest::categoryCode)));
  }
}
