package org.designcontest.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's data, written straight into PostgreSQL with set-based SQL ({@code
 * generate_series}), after the app has built the schema. Companies, their staff and designers are
 * accounts as the app makes them (see {@code TestDatabase} in the integration tests); API tokens
 * are stored as the SHA-256 of their secret, the secret is the bearer value.
 *
 * <p>Two data sets: the <em>list</em> set (launched contests in every stage, most of them open,
 * their entries with pseudonyms, the gallery contests with many entries) and the <em>sweep</em> set
 * (contests in finalist selection whose deadline passes at one instant).
 */
final class BenchData implements AutoCloseable {

  /** A gallery contest and the bearer token of a staff member of its company. */
  record Gallery(long contestId, String token, long visibleEntries) {}

  /** The sweep set: its contests' ids are lo..hi. */
  record SweepSet(long lo, long hi, int contests, long entries, long expectedFinalists) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final BenchSettings settings;
  private final Connection connection;

  BenchData(BenchSettings settings) throws SQLException {
    this.settings = settings;
    this.connection =
        DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword());
  }

  /** Writes the list data set in one transaction; returns what it wrote, by table. */
  Map<String, Long> seedListSet() throws SQLException {
    int designers = Math.max(settings.designers(), settings.galleryEntries() / 2 + 1);
    int otherContests = settings.contests() - settings.galleryContests();
    String sql =
        """
        insert into company (name, created_at)
          select 'Bench company ' || n, now() - interval '400 days'
          from generate_series(1, :companies) n;
        create temp table b_company as
          select id, row_number() over (order by id) as n from company
          where name like 'Bench company %';
        insert into account (email, display_name, role, company_id, created_at, company_owner,
            email_verified_at)
          select 'bench-staff-' || n || '@bench.test', 'Bench staff ' || n, 'CUSTOMER', id,
            now() - interval '400 days', true, now() - interval '400 days'
          from b_company;
        create temp table b_staff as
          select a.id, c.n, a.company_id from account a join b_company c on c.id = a.company_id;
        insert into account (email, display_name, role, created_at, email_verified_at)
          select 'bench-designer-' || n || '@bench.test', 'Bench designer ' || n, 'DESIGNER',
            now() - interval '300 days', now() - interval '300 days'
          from generate_series(1, :designers) n;
        create temp table b_designer as
          select id, row_number() over (order by id) - 1 as n from account
          where email like 'bench-designer-%';
        create unique index on b_designer (n);
        create temp table b_category as
          select code, row_number() over (order by code) - 1 as n from category;

        -- launched contests: the gallery contests first (in finalist selection), then a mix of
        -- stages, most of them open; every deadline is in the future (the sweep leaves them be)
        insert into contest (company_id, drafted_by, title, category_code, description,
            prize_amount, prize_currency, stage, created_at, style_notes, guaranteed,
            private_nda, finalist_count, launched_at, deadline_at)
          select s.company_id, s.id,
            'Bench contest ' || g.n || ': ' || cat.code || ' for a '
              || (array['coffee roastery', 'bike shop', 'bakery', 'law firm', 'yoga studio',
                        'brewery', 'bookshop', 'dental clinic'])[1 + g.n % 8],
            cat.code,
            repeat('We are looking for a fresh, memorable design that tells our story. ', 4),
            100 + (g.n * 37) % 1900, (array['EUR', 'USD', 'GBP'])[1 + g.n % 3],
            st.stage,
            now() - make_interval(days => 3 + g.n % 20, secs => g.n),
            'Warm colours, clean lines.',
            st.stage in ('FINAL_ROUND', 'WINNER_SELECTION', 'HANDOVER', 'COMPLETED'),
            g.n % 20 = 0,
            3 + g.n % 5,
            now() - make_interval(days => 2 + g.n % 20, secs => g.n),
            -- a handover has a deadline only once the winner delivered (half of them here)
            case when st.stage = 'COMPLETED' or (st.stage = 'HANDOVER' and g.n % 2 = 0) then null
              else now() + make_interval(days => 1 + g.n % 13, secs => g.n) end
          from generate_series(1, :contests) g(n)
          cross join lateral (select case
              when g.n <= :galleryContests then 'FINALIST_SELECTION'
              when g.n % 100 < 70 then 'OPEN'
              when g.n % 100 < 80 then 'FINALIST_SELECTION'
              when g.n % 100 < 88 then 'FINAL_ROUND'
              when g.n % 100 < 95 then 'WINNER_SELECTION'
              when g.n % 100 < 98 then 'HANDOVER'
              else 'COMPLETED' end as stage) st
          join b_staff s on s.n = 1 + g.n % :companies
          join b_category cat on cat.n = g.n % (select count(*) from b_category);
        -- drafts are never listed publicly; a few so that the list has something to leave out
        insert into contest (company_id, drafted_by, title, category_code, description,
            prize_amount, prize_currency, stage, created_at)
          select s.company_id, s.id, 'Bench draft ' || g.n, 'logo', 'A draft.', 300, 'EUR',
            'DRAFT', now() - make_interval(days => g.n % 30)
          from generate_series(1, :drafts) g(n)
          join b_staff s on s.n = 1 + g.n % :companies;
        update contest set transfer_accepted_at = now() - interval '1 day'
          where stage = 'HANDOVER' and deadline_at is not null and title like 'Bench contest %';
        update contest set completed_at = now() - interval '1 day'
          where stage = 'COMPLETED' and title like 'Bench contest %';
        create temp table b_contest as
          select id, row_number() over (order by id) as n, stage, launched_at from contest
          where title like 'Bench contest %';
        insert into prize_ledger (contest_id, kind, amount, currency, reason, recorded_at)
          select id, 'HELD', prize_amount, prize_currency, 'launched', launched_at from contest
          where id in (select id from b_contest);

        -- entries: each designer two in a row; 2 % withdrawn, 2 % eliminated after the open
        -- round, ratings (1-5 or none) after it
        insert into entry (contest_id, designer_id, title, notes, status, media_key, content_type,
            size_bytes, sha256, submitted_at, withdrawn_at, rating, elimination_reason)
          select c.id, d.id, 'Entry ' || (k + 1) || ' for contest ' || c.n,
            'Colours and type as briefed; the mark works in one colour too.',
            case when k % 50 = 7 then 'WITHDRAWN'
                 when k % 50 = 13 and c.stage <> 'OPEN' then 'ELIMINATED' else 'LIVE' end,
            'bench/' || c.n || '/' || k || '.png', 'image/png', 100000 + (k * 7919) % 900000,
            md5(c.n || ':' || k) || md5(k || ':' || c.n),
            c.launched_at + make_interval(mins => k),
            case when k % 50 = 7 then c.launched_at + make_interval(mins => k + 30) end,
            case when c.stage = 'OPEN' or (c.n + k) % 3 = 0 then null
                 else 1 + (c.n * 7 + k) % 5 end,
            case when k % 50 = 13 and c.stage <> 'OPEN' then 'Does not follow the brief.' end
          from b_contest c
          cross join lateral generate_series(0, case
              when c.n <= :galleryContests then :galleryEntries
              else :perContest + case when c.n - :galleryContests <= :remainder then 1 else 0 end
            end - 1) k
          join b_designer d on d.n = (c.n * 131 + k / 2) % :designers;
        insert into contest_pseudonym (contest_id, designer_id, number)
          select contest_id, designer_id,
            row_number() over (partition by contest_id order by min(id))
          from entry where contest_id in (select id from b_contest)
          group by contest_id, designer_id;
        update contest c set winner_chosen_by = 'COMPANY', winner_chosen_at = c.launched_at
            + interval '1 day', winning_entry_id = (select min(e.id) from entry e
              where e.contest_id = c.id and e.status = 'LIVE')
          where c.stage in ('HANDOVER', 'COMPLETED') and c.id in (select id from b_contest);
        """
            .replace(":companies", String.valueOf(settings.companies()))
            .replace(":designers", String.valueOf(designers))
            .replace(":contests", String.valueOf(settings.contests()))
            .replace(":drafts", String.valueOf(Math.max(1, settings.contests() / 20)))
            .replace(":galleryContests", String.valueOf(settings.galleryContests()))
            .replace(":galleryEntries", String.valueOf(settings.galleryEntries()))
            .replace(":perContest", String.valueOf(settings.otherEntries() / otherContests))
            .replace(":remainder", String.valueOf(settings.otherEntries() % otherContests));
    inTransaction(sql);
    vacuumAnalyze();
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("companies", count("select count(*) from company"));
    counts.put("designers", count("select count(*) from account where role = 'DESIGNER'"));
    counts.put("launched contests", count("select count(*) from contest where stage <> 'DRAFT'"));
    counts.put("open contests", count("select count(*) from contest where stage = 'OPEN'"));
    counts.put("drafts", count("select count(*) from contest where stage = 'DRAFT'"));
    counts.put("entries", count("select count(*) from entry"));
    counts.put("live entries", count("select count(*) from entry where status = 'LIVE'"));
    counts.put("pseudonyms", count("select count(*) from contest_pseudonym"));
    return counts;
  }

  /**
   * One personal READ token for the staff member of each gallery contest's company, and how many
   * entries the company sees there (all but the withdrawn).
   */
  List<Gallery> galleries() throws SQLException {
    List<Gallery> galleries = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "select c.id, a.id, (select count(*) from entry e where e.contest_id = c.id"
                    + " and e.status <> 'WITHDRAWN') from contest c"
                    + " join account a on a.company_id = c.company_id and a.company_owner"
                    + " where c.title like 'Bench contest %' and c.stage <> 'DRAFT'"
                    + " order by c.id limit ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into api_token (token_hash, name, created_by, scope, created_at)"
                    + " values (?, 'benchmark', ?, 'READ', now())")) {
      select.setInt(1, settings.galleryContests());
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          String secret = "dc_bench_" + HexFormat.of().formatHex(randomBytes());
          insert.setString(1, sha256(secret));
          insert.setLong(2, r.getLong(2));
          insert.executeUpdate();
          galleries.add(new Gallery(r.getLong(1), secret, r.getLong(3)));
        }
      }
    }
    return galleries;
  }

  /** The category codes. */
  List<String> categories() throws SQLException {
    List<String> codes = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("select code from category order by code")) {
      while (r.next()) {
        codes.add(r.getString(1));
      }
    }
    return codes;
  }

  /**
   * Writes the sweep set: contests in finalist selection with live entries (about half rated),
   * their deadline not yet set (infinity), so the sweep leaves them until {@link #makeDue}.
   */
  SweepSet seedSweepSet() throws SQLException {
    int perContest = settings.sweepEntriesPerContest();
    String sql =
        """
        create temp table b_sweep_staff as
          select a.id, row_number() over (order by a.id) as n, a.company_id from account a
          where a.email like 'bench-staff-%';
        create temp table b_sweep_designer as
          select id, row_number() over (order by id) - 1 as n from account
          where email like 'bench-designer-%';
        create unique index on b_sweep_designer (n);
        insert into contest (company_id, drafted_by, title, category_code, description,
            prize_amount, prize_currency, stage, created_at, style_notes, finalist_count,
            launched_at, deadline_at)
          select s.company_id, s.id, 'Bench sweep contest ' || g.n, 'logo',
            repeat('A brief of a realistic length, for a contest the sweep will act on. ', 4),
            100 + (g.n * 37) % 1900, 'EUR', 'FINALIST_SELECTION',
            now() - interval '12 days', 'Bold.', 3 + g.n % 5,
            now() - interval '11 days', 'infinity'
          from generate_series(1, :contests) g(n)
          join b_sweep_staff s on s.n = 1 + g.n % (select count(*) from b_sweep_staff);
        create temp table b_sweep as
          select id, row_number() over (order by id) as n from contest
          where title like 'Bench sweep contest %';
        insert into prize_ledger (contest_id, kind, amount, currency, reason, recorded_at)
          select id, 'HELD', prize_amount, prize_currency, 'launched', launched_at from contest
          where id in (select id from b_sweep);
        insert into entry (contest_id, designer_id, title, notes, status, media_key, content_type,
            size_bytes, sha256, submitted_at, rating)
          select c.id, d.id, 'Entry ' || (k + 1), 'As briefed.', 'LIVE',
            'bench/sweep/' || c.n || '/' || k || '.png', 'image/png', 200000,
            md5('s' || c.n || ':' || k) || md5(k || ':s' || c.n),
            now() - interval '10 days' + make_interval(mins => k),
            case when (c.n + k) % 2 = 0 then null else 1 + (c.n * 7 + k) % 5 end
          from b_sweep c
          cross join generate_series(0, :perContest - 1) k
          join b_sweep_designer d
            on d.n = (c.n * 131 + k / 2) % (select count(*) from b_sweep_designer);
        insert into contest_pseudonym (contest_id, designer_id, number)
          select contest_id, designer_id,
            row_number() over (partition by contest_id order by min(id))
          from entry where contest_id in (select id from b_sweep)
          group by contest_id, designer_id;
        """
            .replace(":contests", String.valueOf(settings.sweepContests()))
            .replace(":perContest", String.valueOf(perContest));
    inTransaction(sql);
    vacuumAnalyze();
    long lo = count("select min(id) from b_sweep");
    long hi = count("select max(id) from b_sweep");
    long contests = count("select count(*) from contest where id between " + lo + " and " + hi);
    if (contests != settings.sweepContests() || hi - lo + 1 != contests) {
      throw new IllegalStateException("the sweep set's ids are not one range: " + lo + ".." + hi);
    }
    long entries =
        count("select count(*) from entry where contest_id between " + lo + " and " + hi);
    // the rule picks the designers of the best entries, up to the contest's finalist count
    long finalists =
        count(
            "select coalesce(sum(least(c.finalist_count, (select count(distinct e.designer_id)"
                + " from entry e where e.contest_id = c.id and e.status = 'LIVE'))), 0)"
                + " from contest c where c.id between "
                + lo
                + " and "
                + hi);
    return new SweepSet(lo, hi, (int) contests, entries, finalists);
  }

  /** Sets every sweep contest's deadline to one instant, now + lead; returns it (epoch ms). */
  long makeDue(SweepSet set, int leadSeconds) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.executeUpdate(
          "update contest set deadline_at = date_trunc('second', now()) + interval '"
              + leadSeconds
              + " seconds' where id between "
              + set.lo()
              + " and "
              + set.hi());
    }
    return count(
        "select (extract(epoch from max(deadline_at)) * 1000)::bigint from contest where id = "
            + set.lo());
  }

  /** Runs SQL (several statements, autocommit), then refreshes the planner's statistics. */
  void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
    vacuumAnalyze();
  }

  /** The server processes of every connection to the benchmark database (the app's pool, ours). */
  List<Long> backendPids() {
    List<Long> pids = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery("select pid from pg_stat_activity where datname = current_database()")) {
      while (r.next()) {
        pids.add(r.getLong(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return pids;
  }

  /** Milliseconds since the epoch, by the database's clock. */
  long dbNowMillis() throws SQLException {
    return count("select (extract(epoch from clock_timestamp()) * 1000)::bigint");
  }

  long count(String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** One row of numbers (nulls as -1). */
  long[] row(String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      long[] values = new long[r.getMetaData().getColumnCount()];
      for (int i = 0; i < values.length; i++) {
        long value = r.getLong(i + 1);
        values[i] = r.wasNull() ? -1 : value;
      }
      return values;
    }
  }

  String text(String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  /** The plan PostgreSQL chooses, with timings (EXPLAIN ANALYZE), as text. */
  String explain(String sql) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("explain (analyze, buffers) " + sql)) {
      while (r.next()) {
        plan.append(r.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }

  private void inTransaction(String sql) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private void vacuumAnalyze() throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String table :
          List.of(
              "company",
              "account",
              "contest",
              "prize_ledger",
              "entry",
              "contest_pseudonym",
              "api_token")) {
        s.execute("vacuum analyze " + table);
      }
    }
  }

  static byte[] randomBytes() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  static String sha256(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
