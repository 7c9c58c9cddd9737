package org.designcontest.contest.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import org.designcontest.platform.control.ShortLived;

/**
 * The public list of contests (everyone, signed in or not): every contest past its draft, filtered
 * and paged. Built from fixed SQL fragments with bound parameters only. The list is the same for
 * every caller, so each distinct page is read from the database at most once every {@link
 * #FRESH_FOR} on each instance (a stage change or a new entry shows up that much later).
 *
 * <p>One instance without the container's locking (the caches are thread-safe) and without a
 * transaction (it only reads). An EJB rather than a CDI bean: the web module calls it, and in the
 * EAR on Payara Server a {@code @PersistenceContext} reached straight from the web module finds no
 * persistence unit (it belongs to the EJB module).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContestCatalogue {

  static final Duration FRESH_FOR = Duration.ofSeconds(2);

  /** Beyond this many distinct pages kept, the cache starts again (bounded memory). */
  private static final int MAX_PAGES = 2_000;

  private static final String COLUMNS =
      "select c.id, c.title, c.category_code, c.prize_amount, c.prize_currency, c.stage,"
          + " c.guaranteed, c.private_nda, c.launched_at, c.deadline_at from contest c";

  /** The page's contests first, then their entry counts: counting before the OFFSET is costly. */
  private static final String WITH_ENTRY_COUNTS =
      "select p.*, (select count(*) from entry e where e.contest_id = p.id"
          + " and e.status = 'LIVE') from (%s) p";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  private ShortLived<ContestFilter, Page<ContestSummary>> pages;

  /** The total of a filter is the same for all its pages and sorts: counted once for them. */
  private ShortLived<ContestFilter.Where, Long> totals;

  @PostConstruct
  void keepRecentAnswers() {
    pages = new ShortLived<>(FRESH_FOR, MAX_PAGES, clock);
    totals = new ShortLived<>(FRESH_FOR, MAX_PAGES, clock);
  }

  public Page<ContestSummary> list(ContestFilter filter) {
    return pages.get(filter, this::read);
  }

  /** Reads outside a transaction: nothing to commit. */
  private Page<ContestSummary> read(ContestFilter filter) {
    long total = totals.get(filter.where(), where -> count(filter));
    List<Object> parameters = new ArrayList<>();
    String where = where(filter, parameters);
    // LIMIT and OFFSET in the SQL: EclipseLink pages a native query by reading and skipping rows
    parameters.add(filter.page().size());
    parameters.add(filter.page().first());
    int limit = parameters.size() - 1;
    String page =
        COLUMNS
            + where
            + orderBy(filter.sort(), "c")
            + " limit ?"
            + limit
            + " offset ?"
            + (limit + 1);
    Query rows =
        bind(
            em.createNativeQuery(WITH_ENTRY_COUNTS.formatted(page) + orderBy(filter.sort(), "p")),
            parameters);
    @SuppressWarnings("unchecked")
    List<Object[]> found = rows.getResultList();
    return Page.of(found.stream().map(ContestCatalogue::summary).toList(), total, filter.page());
  }

  private long count(ContestFilter filter) {
    List<Object> parameters = new ArrayList<>();
    String where = where(filter, parameters);
    return ((Number)
            bind(em.createNativeQuery("select count(*) from contest c" + where), parameters)
                .getSingleResult())
        .longValue();
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

  /**
   * The order, as the public list's indexes have it (V8); every launched contest has launched_at.
   */
  private static String orderBy(ContestFilter.Sort sort, String table) {
    String order =
        switch (sort) {
          case ENDING -> " order by %1$s.deadline_at nulls last, %1$s.id";
          case NEWEST -> " order by %1$s.launched_at desc, %1$s.id desc";
          case PRIZE -> " order by %1$s.prize_amount desc, %1$s.id";
        };
    return order.formatted(table);
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
