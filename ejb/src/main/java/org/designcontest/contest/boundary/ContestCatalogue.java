package org.designcontest.contest.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.designcontest.contest.entity.Stage;
import org.designcontest.platform.boundary.Page;

/**
 * The public list of contests (everyone, signed in or not): every contest past its draft, filtered
 * and paged. Built from fixed SQL fragments with bound parameters only.
 */
@Stateless
public class ContestCatalogue {

  private static final String COLUMNS =
      "select c.id, c.title, c.category_code, c.prize_amount, c.prize_currency, c.stage,"
          + " c.guaranteed, c.private_nda, c.launched_at, c.deadline_at,"
          + " (select count(*) from entry e where e.contest_id = c.id and e.status = 'LIVE')"
          + " from contest c";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  public Page<ContestSummary> list(ContestFilter filter) {
    List<Object> parameters = new ArrayList<>();
    String where = where(filter, parameters);
    long total =
        ((Number)
                bind(em.createNativeQuery("select count(*) from contest c" + where), parameters)
                    .getSingleResult())
            .longValue();
    Query rows =
        bind(em.createNativeQuery(COLUMNS + where + orderBy(filter.sort())), parameters)
            .setFirstResult(filter.page().first())
            .setMaxResults(filter.page().size());
    @SuppressWarnings("unchecked")
    List<Object[]> found = rows.getResultList();
    return Page.of(found.stream().map(ContestCatalogue::summary).toList(), total, filter.page());
  }

  private String where(ContestFilter filter, List<Object> parameters) {
    StringBuilder where = new StringBuilder(" where c.stage <> 'DRAFT'");
    if (filter.stage() != null) {
      parameters.add(filter.stage().name());
      where.append(" and c.stage = ?").append(parameters.size());
    }
    if (filter.category() != null) {
      parameters.add(filter.category());
      where.append(" and c.category_code = ?").append(parameters.size());
    }
    if (filter.minPrize() != null) {
      parameters.add(filter.minPrize());
      where.append(" and c.prize_amount >= ?").append(parameters.size());
    }
    if (filter.endingWithinDays() != null) {
      Instant until = clock.instant().plus(Duration.ofDays(filter.endingWithinDays()));
      parameters.add(until.atOffset(ZoneOffset.UTC));
      where.append(" and c.deadline_at <= ?").append(parameters.size());
    }
    if (filter.text() != null) {
      parameters.add("%" + filter.text().replaceAll("([\\\\%_])", "\\\\$1") + "%");
      where.append(" and c.title ilike ?").append(parameters.size());
    }
    return where.toString();
  }

  private static String orderBy(ContestFilter.Sort sort) {
    return switch (sort) {
      case ENDING -> " order by c.deadline_at nulls last, c.id";
      case NEWEST -> " order by c.launched_at desc nulls last, c.id desc";
      case PRIZE -> " order by c.prize_amount desc, c.id";
    };
  }

  private static Query bind(Query query, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }

  private static ContestSummary summary(Object[] row) {
    return new ContestSummary(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (String) row[2],
        (BigDecimal) row[3],
        ((String) row[4]).strip(),
        Stage.valueOf((String) row[5]),
        (Boolean) row[6],
        (Boolean) row[7],
        ((Number) row[10]).longValue(),
        instant(row[8]),
        instant(row[9]));
  }

  private static Instant instant(Object column) {
    if (column instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    return column == null ? null : ((OffsetDateTime) column).toInstant();
  }
}
