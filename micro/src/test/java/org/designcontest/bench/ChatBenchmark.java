package org.designcontest.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designcontest.bench.HeapSampler.Heap;

/**
 * The chat benchmark (issue 7: 500 concurrent WebSocket clients in 250 conversations, 200 messages
 * a second for 60 s on this 2-core machine; p50/p99 delivery latency, goal p99 under 150 ms;
 * messages lost, goal 0; the server's memory; compared with a bare echo WebSocket endpoint on the
 * same server in the same run). Started by {@code bash docs/benchmarks/run.sh chat} once the broker
 * and Payara Micro with the app and the echo WAR are up; writes {@code docs/benchmarks/chat.*}.
 *
 * <p>Seeds (SQL) one company with one staff member, one OPEN contest and one designer with an entry
 * per conversation, and a personal WRITE token for each of those people; the staff member opens the
 * conversation ({@code POST /api/conversations {"entryId"}}). Then two phases with the same
 * clients, schedule and frames ({@link ChatLoad}): the echo endpoint ({@code /bench-echo/echo}, see
 * {@code bench.echo.EchoSocket}), then the app's {@code /live} with {@code Authorization: Bearer}.
 * Payara Micro's heap is sampled every second with {@code jstat -gc}. Afterwards the database must
 * hold exactly the messages sent.
 */
public final class ChatBenchmark {

  static final double P99_GOAL_MS = 150;
  static final String MARKER =
      "<!-- Written by hand after the run: the harness keeps everything below this line. -->";

  private final int conversations = number("BENCH_CONVERSATIONS", 250);
  private final int rate = number("BENCH_RATE", 200);
  private final int seconds = number("BENCH_SECONDS", 60);
  private final int warmUp = number("BENCH_WARMUP_SECONDS", 10);
  private final int drain = number("BENCH_DRAIN_SECONDS", 120);
  private final int history = number("BENCH_HISTORY", 20);
  private final int jstacks = number("BENCH_JSTACK", 0);
  private final boolean jfr = BenchSettings.env("BENCH_JFR", "0").equals("1");
  private final Map<String, Integer> database = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<String> phases =
      List.of(BenchSettings.env("BENCH_CHAT_PHASES", "echo,chat").split(","));
  private final String echoPath = BenchSettings.env("BENCH_ECHO_PATH", "/bench-echo/echo");
  private final long microPid = Long.parseLong(BenchSettings.env("BENCH_MICRO_PID", "-1"));
  private final Path out = Path.of(BenchSettings.env("BENCH_OUT", "docs/benchmarks"));
  private final Path logs = Path.of(BenchSettings.env("BENCH_LOGS", ".bench/logs"));
  private final BenchSettings db = BenchSettings.fromEnvironment();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** One conversation: its id and the two people's tokens. */
  record Pair(long entryId, String staffToken, String designerToken, long conversationId) {}

  /** Resident memory of Payara Micro's process (kB from /proc): now and its peak so far. */
  record Rss(long rssKb, long peakKb) {}

  /** The database's view after the chat phase. */
  record Stored(String table, long rows, long distinctKeys) {}

  public static void main(String[] args) throws Exception {
    new ChatBenchmark().run();
  }

  private void run() throws Exception {
    try (Connection sql = DriverManager.getConnection(db.jdbcUrl(), db.dbUser(), db.dbPassword())) {
      List<Pair> pairs = List.of();
      double seedSeconds = 0;
      if (phases.contains("chat")) {
        progress(
            "seeding %d conversations: a company, its staff member, an OPEN contest, a designer"
                + " with an entry, a personal WRITE token each…",
            conversations);
        long seedStart = System.nanoTime();
        pairs = open(seed(sql));
        history(sql);
        seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        progress("seeded and opened in %.1f s", seedSeconds);
      } else {
        for (int k = 0; k < conversations; k++) {
          pairs = new ArrayList<>(pairs);
          pairs.add(new Pair(0, null, null, k + 1));
        }
      }
      long[] conversationIds = pairs.stream().mapToLong(Pair::conversationId).toArray();
      List<String> tokens = new ArrayList<>();
      for (Pair p : pairs) {
        tokens.add(p.staffToken());
        tokens.add(p.designerToken());
      }

      CpuMeter cpu = CpuMeter.fromEnvironment(() -> backendPids(sql));
      HeapSampler heap = new HeapSampler(microPid);
      heap.start();
      Thread.sleep(3_000);
      long t0 = System.nanoTime();
      heap.zero(t0);
      Rss rssBefore = rss();
      String ws = db.baseUrl().replace("http://", "ws://");
      ChatLoad load = new ChatLoad();
      ChatLoad.Outcome echo = null;
      ChatLoad.Outcome chat = null;
      Rss rssAfterEcho = null;
      Stored stored = null;
      try {
        if (phases.contains("echo")) {
          progress("echo: %d clients on %s…", 2 * conversations, echoPath);
          echo =
              load.run(
                  new ChatLoad.Target(
                      "echo", URI.create(ws + echoPath), true, null, conversationIds),
                  rate,
                  warmUp,
                  seconds,
                  drain,
                  cpu,
                  null);
          rssAfterEcho = rss();
          summary(echo);
          Thread.sleep(3_000);
        }
        if (phases.contains("chat")) {
          Stored before = messagesStored(sql);
          progress("chat: %d clients on /live…", 2 * conversations);
          chat =
              load.run(
                  new ChatLoad.Target(
                      "chat", URI.create(ws + "/live"), false, tokens, conversationIds),
                  rate,
                  warmUp,
                  seconds,
                  drain,
                  cpu,
                  this::diagnose);
          summary(chat);
          Stored after = settled(sql);
          stored =
              new Stored(
                  after.table(),
                  after.rows() - before.rows(),
                  after.distinctKeys() - before.distinctKeys());
          progress(
              "database: %,d messages stored in %s (%,d distinct client keys), %,d handed to sockets",
              stored.rows(),
              stored.table(),
              stored.distinctKeys(),
              chat.count(allOf(chat), chat.sent()));
        }
      } finally {
        load.close();
        Thread.sleep(2_000);
        heap.stop();
      }
      Rss rssEnd = rss();
      write(
          seedSeconds,
          t0,
          echo,
          chat,
          stored,
          heap.samples(),
          new Rss[] {rssBefore, rssAfterEcho, rssEnd});
    }
  }

  // ---------------------------------------------------------------------------------- seeding

  /** The people and contests, in SQL; returns (entry, staff token, designer token) per pair. */
  private List<Pair> seed(Connection sql) throws SQLException {
    String script =
        """
        insert into company (name, created_at)
          select 'Chat bench company ' || n, now() from generate_series(1, :n) n;
        insert into account (email, display_name, role, company_id, created_at, company_owner,
            email_verified_at)
          select 'chat-staff-' || id || '@bench.test', 'Chat staff ' || id, 'CUSTOMER', id, now(),
            true, now() from company where name like 'Chat bench company %';
        insert into account (email, display_name, role, created_at, email_verified_at)
          select 'chat-designer-' || n || '@bench.test', 'Chat designer ' || n, 'DESIGNER', now(),
            now() from generate_series(1, :n) n;
        insert into contest (company_id, drafted_by, title, category_code, description,
            prize_amount, prize_currency, stage, created_at, launched_at, deadline_at)
          select a.company_id, a.id, 'Chat bench contest ' || a.company_id, 'logo',
            'A logo for a bakery; warm colours.', 500, 'EUR', 'OPEN', now() - interval '2 days',
            now() - interval '1 day', now() + interval '10 days'
          from account a where a.email like 'chat-staff-%';
        insert into prize_ledger (contest_id, kind, amount, currency, reason, recorded_at)
          select id, 'HELD', prize_amount, prize_currency, 'launched', launched_at from contest
          where title like 'Chat bench contest %';
        insert into entry (contest_id, designer_id, title, notes, status, media_key, content_type,
            size_bytes, sha256, submitted_at)
          select c.id, d.id, 'Entry', 'As briefed.', 'LIVE', 'bench/chat/' || c.n || '.png',
            'image/png', 100000, md5('c' || c.n) || md5(c.n || 'c'), now() - interval '12 hours'
          from (select id, row_number() over (order by id) as n from contest
                where title like 'Chat bench contest %') c
          join (select id, row_number() over (order by id) as n from account
                where email like 'chat-designer-%') d on d.n = c.n;
        insert into contest_pseudonym (contest_id, designer_id, number)
          select contest_id, designer_id, 1 from entry
          where contest_id in (select id from contest where title like 'Chat bench contest %');
        """
            .replace(":n", String.valueOf(conversations));
    sql.setAutoCommit(false);
    try (Statement s = sql.createStatement()) {
      s.execute(script);
      sql.commit();
    } finally {
      sql.setAutoCommit(true);
    }
    List<Pair> pairs = new ArrayList<>();
    try (Statement s = sql.createStatement();
        ResultSet r =
            s.executeQuery(
                "select e.id, a.id, e.designer_id from entry e join contest c on c.id ="
                    + " e.contest_id join account a on a.company_id = c.company_id"
                    + " where c.title like 'Chat bench contest %' order by e.id");
        PreparedStatement token =
            sql.prepareStatement(
                "insert into api_token (token_hash, name, created_by, scope, created_at)"
                    + " values (?, 'chat benchmark', ?, 'WRITE', now())")) {
      while (r.next()) {
        String staff = newToken(token, r.getLong(2));
        String designer = newToken(token, r.getLong(3));
        pairs.add(new Pair(r.getLong(1), staff, designer, 0));
      }
      token.executeBatch();
    }
    try (Statement s = sql.createStatement()) {
      for (String table :
          List.of("company", "account", "contest", "entry", "contest_pseudonym", "api_token")) {
        s.execute("vacuum analyze " + table);
      }
    }
    if (pairs.size() != conversations) {
      throw new IllegalStateException(pairs.size() + " pairs seeded, not " + conversations);
    }
    return pairs;
  }

  private static String newToken(PreparedStatement insert, long accountId) throws SQLException {
    String secret = "dc_bench_" + HexFormat.of().formatHex(BenchData.randomBytes());
    insert.setString(1, BenchData.sha256(secret));
    insert.setLong(2, accountId);
    insert.addBatch();
    return secret;
  }

  /**
   * {@code BENCH_HISTORY} earlier messages in each conversation (the sides taking turns, an hour
   * ago, read by both), then fresh statistics: a chat table in use is neither empty nor without
   * statistics. Without them (BENCH_HISTORY=0 on this machine, whose PostgreSQL runs without
   * autovacuum) the planner keeps the plans it made for an empty table, sequential scans of
   * chat_message, whose cost grows with every message stored during the run.
   */
  private void history(Connection sql) throws SQLException {
    try (Statement s = sql.createStatement()) {
      if (history > 0) {
        s.execute(
            """
            insert into chat_message (conversation_id, side, sender_id, body, sent_at)
              select c.id, case when n % 2 = 0 then 'COMPANY' else 'DESIGNER' end,
                case when n % 2 = 0 then a.id else c.designer_id end,
                'An earlier message, number ' || n || ', about the brief and the variants.',
                now() - interval '1 hour' + make_interval(secs => n)
              from conversation c join contest k on k.id = c.contest_id
              join account a on a.company_id = k.company_id
              cross join generate_series(1, :history) n
              order by n, c.id;
            update conversation c set last_message_id = m.last, last_message_at = m.at,
                company_read_up_to = m.last, designer_read_up_to = m.last,
                company_notified_up_to = m.last, designer_notified_up_to = m.last
              from (select conversation_id, max(id) as last, max(sent_at) as at
                    from chat_message group by conversation_id) m
              where m.conversation_id = c.id;
            """
                .replace(":history", String.valueOf(history)));
      }
      for (String table : List.of("chat_message", "conversation")) {
        s.execute("vacuum analyze " + table);
      }
    }
  }

  /** The staff member opens each conversation through the API (as the app would be used). */
  private List<Pair> open(List<Pair> seeded) throws IOException, InterruptedException {
    Pattern id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    List<Pair> opened = new ArrayList<>();
    for (Pair p : seeded) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(db.baseUrl() + "/api/conversations"))
                  .timeout(Duration.ofSeconds(30))
                  .header("Accept", "application/json")
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + p.staffToken())
                  .POST(HttpRequest.BodyPublishers.ofString("{\"entryId\":" + p.entryId() + "}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher m = id.matcher(response.body());
      if (response.statusCode() != 201 || !m.find()) {
        throw new IllegalStateException(
            "POST /api/conversations answered "
                + response.statusCode()
                + ": "
                + response.body().substring(0, Math.min(300, response.body().length())));
      }
      opened.add(
          new Pair(p.entryId(), p.staffToken(), p.designerToken(), Long.parseLong(m.group(1))));
    }
    return opened;
  }

  // ------------------------------------------------------------------------------ measurements

  /** The rows of {@code chat_message} once their number has not changed for 5 s (at most 60 s). */
  private static Stored settled(Connection sql) throws SQLException, InterruptedException {
    Stored last = messagesStored(sql);
    long since = System.nanoTime();
    long deadline = since + 60_000_000_000L;
    while (System.nanoTime() - since < 5_000_000_000L && System.nanoTime() < deadline) {
      Thread.sleep(500);
      Stored now = messagesStored(sql);
      if (now.rows() != last.rows()) {
        last = now;
        since = System.nanoTime();
      }
    }
    return last;
  }

  /** The rows of {@code chat_message} and their distinct client keys. */
  private static Stored messagesStored(Connection sql) throws SQLException {
    try (Statement s = sql.createStatement();
        ResultSet r =
            s.executeQuery("select count(*), count(distinct client_key) from chat_message")) {
      r.next();
      return new Stored("chat_message", r.getLong(1), r.getLong(2));
    }
  }

  /**
   * During the chat's measured window: what the database's connections do (always; a query every
   * 0.5 s), a flight recording ({@code BENCH_JFR=1}) and thread dumps ({@code BENCH_JSTACK}).
   */
  private void diagnose() {
    if (jstacks > 0) {
      Thread dumps = new Thread(this::jstacks, "jstacks");
      dumps.setDaemon(true);
      dumps.start();
    }
    if (jfr) {
      Thread recording = new Thread(this::flightRecording, "jfr");
      recording.setDaemon(true);
      recording.start();
    }
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    try (Connection sql = DriverManager.getConnection(db.jdbcUrl(), db.dbUser(), db.dbPassword());
        PreparedStatement activity =
            sql.prepareStatement(
                "select state, coalesce(wait_event_type || '/' || wait_event, ''),"
                    + " left(regexp_replace(query, '\\s+', ' ', 'g'), 90)"
                    + " from pg_stat_activity where datname = current_database()"
                    + " and pid <> pg_backend_pid() and backend_type = 'client backend'")) {
      while (System.nanoTime() < end) {
        database.merge("samples", 1, Integer::sum);
        try (ResultSet r = activity.executeQuery()) {
          while (r.next()) {
            String state = String.valueOf(r.getString(1));
            database.merge("state:" + state, 1, Integer::sum);
            if (state.equals("active")) {
              database.merge("query:" + r.getString(3), 1, Integer::sum);
              if (!r.getString(2).isEmpty()) {
                database.merge("wait:" + r.getString(2), 1, Integer::sum);
              }
            }
          }
        }
        Thread.sleep(500);
      }
    } catch (SQLException | InterruptedException e) {
      progress("database sampler stopped: %s", e);
    }
  }

  private void flightRecording() {
    try {
      Files.createDirectories(logs);
      Path file = logs.resolve("chat.jfr").toAbsolutePath();
      new ProcessBuilder(
              "jcmd",
              String.valueOf(microPid),
              "JFR.start",
              "name=chat",
              "settings=profile",
              "duration=" + seconds + "s",
              "filename=" + file)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
      progress("flight recording of the measured window: %s", file);
    } catch (IOException | InterruptedException e) {
      progress("flight recording not started: %s", e);
    }
  }

  /** What {@link #diagnose} saw, as one paragraph. */
  private String databaseLine() {
    int samples = database.getOrDefault("samples", 0);
    if (samples == 0) {
      return "";
    }
    java.util.function.Function<String, String> top =
        prefix ->
            database.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(4)
                .map(
                    e ->
                        String.format(
                            Locale.ROOT,
                            "`%s` %.2f",
                            e.getKey().substring(prefix.length()).replace('`', '\''),
                            e.getValue() / (double) samples))
                .reduce((a, b) -> a + ", " + b)
                .orElse("none");
    return String.format(
        Locale.ROOT,
        "- PostgreSQL during the chat's measured window (`pg_stat_activity` every 0.5 s, %d"
            + " samples, the app's connections): on average %.2f active, %.2f idle in transaction,"
            + " %.2f idle; waits of the active ones (average count): %s; the statements seen"
            + " running most (average count): %s.%n",
        samples,
        database.getOrDefault("state:active", 0) / (double) samples,
        database.getOrDefault("state:idle in transaction", 0) / (double) samples,
        database.getOrDefault("state:idle", 0) / (double) samples,
        top.apply("wait:"),
        top.apply("query:"));
  }

  /** {@code BENCH_JSTACK} thread dumps of Payara Micro spread over the chat's measured window. */
  private void jstacks() {
    try {
      Files.createDirectories(logs);
      long every = seconds * 1000L / (jstacks + 1);
      for (int n = 1; n <= jstacks; n++) {
        Thread.sleep(every);
        Path file = logs.resolve(String.format(Locale.ROOT, "chat-jstack-%02d.txt", n));
        new ProcessBuilder("jstack", String.valueOf(microPid))
            .redirectErrorStream(true)
            .redirectOutput(file.toFile())
            .start()
            .waitFor();
      }
      progress("%d thread dumps in %s/chat-jstack-*.txt", jstacks, logs);
    } catch (IOException | InterruptedException e) {
      progress("thread dumps stopped: %s", e);
    }
  }

  private Rss rss() {
    try {
      long rss = -1;
      long peak = -1;
      for (String line : Files.readAllLines(Path.of("/proc/" + microPid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          rss = Long.parseLong(line.replaceAll("\\D", ""));
        } else if (line.startsWith("VmHWM:")) {
          peak = Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
      return new Rss(rss, peak);
    } catch (IOException | RuntimeException e) {
      return new Rss(-1, -1);
    }
  }

  private List<Long> backendPids(Connection sql) {
    List<Long> pids = new ArrayList<>();
    try (Statement s = sql.createStatement();
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

  private void summary(ChatLoad.Outcome o) {
    int[] m = o.measured();
    long[] lat = o.latencies(m, o.delivered());
    progress(
        "%s: %,d sent in %d s (%,.1f/s), %,d delivered, %,d lost, p50 %.1f ms, p99 %.1f ms,"
            + " max %.1f ms (from the scheduled time); schedule lag p99 %.1f ms; send failures %d,"
            + " error frames %d, duplicates %d, strays %d,"
            + " closes %d",
        o.target().name(),
        o.count(m, o.sent()),
        seconds,
        o.count(m, o.sent()) / o.seconds(),
        lat.length,
        o.lost(m),
        ms(lat, 50),
        ms(lat, 99),
        max(lat),
        ms(o.scheduleLag(m), 99),
        o.sendFailures(),
        o.errorFrames(),
        o.duplicates(),
        o.strays(),
        o.closes().size());
  }

  // ------------------------------------------------------------------------------------ report

  /** Per second of the measured window: sent, delivered, latency percentiles. */
  record Second(int second, long sent, long delivered, long lost, double[] ms, long arrivedIn) {}

  private static List<Second> perSecond(ChatLoad.Outcome o) {
    List<Second> rows = new ArrayList<>();
    int n = (int) Math.round(o.seconds());
    for (int sec = 0; sec < n; sec++) {
      long from = o.measuredStart() + sec * 1_000_000_000L;
      long to = from + 1_000_000_000L;
      int[] which =
          java.util.stream.IntStream.range(0, o.due().length)
              .filter(i -> o.due()[i] >= from && o.due()[i] < to)
              .toArray();
      long[] lat = o.latencies(which, o.delivered());
      long arrivedIn = Arrays.stream(o.delivered()).filter(t -> t >= from && t < to).count();
      rows.add(
          new Second(
              sec,
              o.count(which, o.sent()),
              lat.length,
              o.lost(which),
              new double[] {ms(lat, 50), ms(lat, 90), ms(lat, 99), max(lat)},
              arrivedIn));
    }
    return rows;
  }

  private void write(
      double seedSeconds,
      long t0,
      ChatLoad.Outcome echo,
      ChatLoad.Outcome chat,
      Stored stored,
      List<Heap> heap,
      Rss[] rss)
      throws IOException {
    String date =
        ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
            + " UTC";
    boolean full = conversations == 250 && rate == 200 && seconds >= 60 && phases.size() == 2;
    double maxHeapMb = maxHeapMb(BenchSettings.env("BENCH_MICRO_JVM", ""));
    StringBuilder md = new StringBuilder();
    md.append("# Chat benchmark\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%s, %s. Command: `%s` (Payara Micro %s with `%s`, OpenMQ %s, PostgreSQL, and the"
                + " load generator, all on this %d-core machine).%n%n",
            date,
            BenchSettings.env("BENCH_GIT", "?"),
            command(),
            BenchSettings.env("BENCH_PAYARA_VERSION", "?"),
            BenchSettings.env("BENCH_MICRO_JVM", "?"),
            BenchSettings.env("BENCH_OPENMQ_VERSION", "?"),
            Runtime.getRuntime().availableProcessors()));
    if (!full) {
      md.append(
          String.format(
              Locale.ROOT,
              "**A reduced trial, not the benchmark:** %d conversations, %d messages/s for %d s,"
                  + " phases %s (the issue: 250 conversations, 200 messages/s for 60 s, echo and"
                  + " chat).%n%n",
              conversations,
              rate,
              seconds,
              String.join(" and ", phases)));
    }
    for (ChatLoad.Outcome o : new ChatLoad.Outcome[] {echo, chat}) {
      if (o != null && o.cpu().of(CpuMeter.OTHER) > 10) {
        md.append(
            String.format(
                Locale.ROOT,
                "> Other processes on the machine used %.0f %% of its CPU during the %s phase's"
                    + " measured window (see Memory and CPU): its figures are worse than a quiet"
                    + " machine's.%n%n",
                o.cpu().of(CpuMeter.OTHER),
                o.target().name()));
      }
    }
    md.append(
        String.format(
            Locale.ROOT,
            "%d WebSocket clients in %d conversations (each with %d earlier messages, read by both"
                + " sides; statistics fresh before the run): in each, the company's staff member and the"
                + " designer, each with a socket of their own on `/live` (personal WRITE token,"
                + " `Authorization: Bearer`). An open-loop schedule hands a `send` frame to one of"
                + " the sockets every %.1f ms (%d a second), the conversations in turn (shuffled"
                + " order) and the sides taking turns, so each client sends one message every"
                + " %.1f s; %d s of warm-up at the same rate (not measured; the measured window"
                + " starts on a schedule of its own once the warm-up's frames have arrived), then"
                + " %d s measured, then up to %d s for the last"
                + " frames to arrive (ending early once nothing has arrived for %d s); the database"
                + " is counted once its count has not changed for 5 s. **Delivery latency**: from"
                + " the frame's time in the schedule"
                + " (the person pressing \"send\"; the frame is handed to the sender's socket then,"
                + " or once the socket's previous frame is written) to the `message` frame arriving"
                + " on the other participant's socket (same JVM clock). **Lost**: handed over but"
                + " never arrived at the other participant."
                + " The echo endpoint gets the same clients, frames and schedule (no token): a"
                + " bare `@ServerEndpoint` that sends each frame back to its socket"
                + " (`getAsyncRemote().sendText`, as the app sends), deployed in a WAR of its own"
                + " next to the app on the same Payara Micro; its latency is send to echo.%n%n",
            2 * conversations,
            conversations,
            history,
            1000.0 / rate,
            rate,
            2.0 * conversations / rate,
            warmUp,
            seconds,
            drain,
            ChatLoad.DRAIN_IDLE_SECONDS));

    md.append("## Result\n\n");
    md.append("| goal | target | measured | ratio to the goal | met |\n|---|---|---|---|---|\n");
    if (chat != null) {
      int[] m = chat.measured();
      long[] lat = chat.latencies(m, chat.delivered());
      double p99 = ms(lat, 99);
      md.append(
          String.format(
              Locale.ROOT,
              "| chat: p99 delivery latency | under %.0f ms | %.1f ms | %.2f × the limit | %s |%n",
              P99_GOAL_MS,
              p99,
              p99 / P99_GOAL_MS,
              p99 < P99_GOAL_MS ? "yes" : "**no**"));
      long lost = chat.lost(allOf(chat));
      md.append(
          String.format(
              Locale.ROOT,
              "| chat: messages lost | 0 | %,d of %,d handed over (warm-up included) | — | %s |%n",
              lost,
              chat.count(allOf(chat), chat.sent()),
              lost == 0 ? "yes" : "**no**"));
      if (stored != null) {
        long handed = chat.count(allOf(chat), chat.sent());
        md.append(
            String.format(
                Locale.ROOT,
                "| chat: messages stored = handed over | equal | %,d rows in `%s` (%,d distinct"
                    + " client keys) for %,d | — | %s |%n",
                stored.rows(),
                stored.table(),
                stored.distinctKeys(),
                handed,
                stored.rows() == handed && stored.distinctKeys() == handed ? "yes" : "**no**"));
      }
      if (echo != null) {
        long[] echoLat = echo.latencies(echo.measured(), echo.delivered());
        md.append(
            String.format(
                Locale.ROOT,
                "| chat p99 vs the bare echo endpoint's p99 (same run) | — | %.1f ms vs %.1f ms |"
                    + " %.1f × the echo | — |%n",
                p99,
                ms(echoLat, 99),
                p99 / ms(echoLat, 99)));
      }
    }
    md.append("\n![latency per second, chat and echo; Payara Micro's heap](chat.svg)\n\n");

    md.append("## Latency and throughput (measured window)\n\n");
    md.append(
        "| phase | measure | frames handed over | per second | arrived | lost | p50 | p90 | p99 |"
            + " p99.9 | max | mean |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ChatLoad.Outcome o : new ChatLoad.Outcome[] {echo, chat}) {
      if (o == null) {
        continue;
      }
      int[] m = o.measured();
      md.append(
          latencyRow(
              o,
              o.target().echo() ? "echo endpoint" : "chat (`/live`)",
              o.target().echo()
                  ? "send → echo on the same socket"
                  : "**send → the other participant's socket**",
              m,
              o.delivered()));
      if (!o.target().echo()) {
        md.append(
            latencyRow(o, "chat (`/live`)", "send → the sender's own socket", m, o.toSender()));
      }
    }
    md.append('\n');
    for (ChatLoad.Outcome o : new ChatLoad.Outcome[] {echo, chat}) {
      if (o == null) {
        continue;
      }
      int[] m = o.measured();
      long[] lag = o.lag(m);
      long[] connect = o.connectNanos();
      md.append(
          String.format(
              Locale.ROOT,
              "- %s: %d sockets opened in %.1f s (handshake p50 %.0f ms, max %.0f ms, 16 at a"
                  + " time); the warm-up's frames had arrived %.1f s after its end (a cold server"
                  + " falls behind first); the drain after the last frame lasted %.1f s; the"
                  + " schedule itself ran"
                  + " at most %.1f ms late (p99 %.1f ms); frames were handed to their sockets at"
                  + " most %.1f ms after their time (p99 %.1f ms: a frame waits behind its socket's"
                  + " previous one until that is written);"
                  + " send failures %d, error frames %d%s, duplicates %d, frames matching no"
                  + " message %d, other frames %s, sockets closed by the server or failed %d%s.%n",
              o.target().name(),
              o.clients(),
              o.connectSeconds(),
              connect[connect.length / 2] / 1e6,
              connect[connect.length - 1] / 1e6,
              o.warmUpDrainSeconds(),
              (o.drainEnd() - o.measuredEnd()) / 1e9,
              max(o.scheduleLag(m)),
              ms(o.scheduleLag(m), 99),
              max(lag),
              ms(lag, 99),
              o.sendFailures(),
              o.errorFrames(),
              o.firstError() == null ? "" : " (first: `" + o.firstError().replace('`', '\'') + "`)",
              o.duplicates(),
              o.strays(),
              o.otherFrames().isEmpty() ? "none" : o.otherFrames().toString(),
              o.closes().size(),
              o.closes().isEmpty() ? "" : " (first: " + o.closes().get(0) + ")"));
    }
    md.append('\n');

    md.append("## Memory and CPU\n\n");
    md.append(
        "Payara Micro's heap from `jstat -gc` every second (used: survivors, eden and old"
            + " generation); resident memory (RSS) of its process from /proc. CPU: share of the"
            + " whole machine (all cores = 100 %) during the measured window, from /proc.\n\n");
    md.append(
        "| window | heap used: mean | peak | old generation: start → end | young GCs | full"
            + " GCs | Payara Micro CPU | PostgreSQL | load generator | broker | other |"
            + "\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ChatLoad.Outcome o : new ChatLoad.Outcome[] {echo, chat}) {
      if (o == null) {
        continue;
      }
      double from = (o.measuredStart() - t0) / 1e9;
      double to = (o.measuredEnd() - t0) / 1e9;
      List<Heap> window = heap.stream().filter(h -> h.at() >= from && h.at() <= to).toList();
      if (window.isEmpty()) {
        continue;
      }
      Heap first = window.get(0);
      Heap last = window.get(window.size() - 1);
      CpuMeter.Share c = o.cpu();
      md.append(
          String.format(
              Locale.ROOT,
              "| %s, %d s measured | %.0f MB | %.0f MB | %.0f → %.0f MB | %d | %d | %.0f %% | %.0f"
                  + " %% | %.0f %% | %.0f %% | %.0f %% |%n",
              o.target().name(),
              seconds,
              window.stream().mapToDouble(Heap::usedMb).average().orElse(0),
              window.stream().mapToDouble(Heap::usedMb).max().orElse(0),
              first.oldMb(),
              last.oldMb(),
              last.youngGcs() - first.youngGcs(),
              last.fullGcs() - first.fullGcs(),
              c.of(CpuMeter.MICRO),
              c.of(CpuMeter.POSTGRES),
              c.of(CpuMeter.GENERATOR),
              c.of(CpuMeter.BROKER),
              c.of(CpuMeter.OTHER)));
    }
    md.append('\n');
    md.append(
        String.format(
            Locale.ROOT,
            "- Maximum heap %.0f MB. RSS of Payara Micro: %s before the echo phase, %s after it,"
                + " %s at the end; its peak %s.%n",
            maxHeapMb,
            mb(rss[0] == null ? -1 : rss[0].rssKb()),
            mb(rss[1] == null ? -1 : rss[1].rssKb()),
            mb(rss[2] == null ? -1 : rss[2].rssKb()),
            mb(rss[2] == null ? -1 : rss[2].peakKb())));
    md.append(databaseLine());
    md.append(
        String.format(
            Locale.ROOT,
            "- Seeding and opening the %d conversations took %.1f s (not measured). Per second of"
                + " the measured windows (by the second the frame was due: frames, arrived, lost,"
                + " p50/p90/p99/max; frames that arrived within that second, whenever sent;"
                + " heap): `chat.csv`; chart: `chat.svg`.%n",
            conversations,
            seedSeconds));
    md.append("\n").append(MARKER).append("\n");
    md.append(handWritten());

    StringBuilder csv =
        new StringBuilder(
            "phase,second,frames,arrived,lost,p50_ms,p90_ms,p99_ms,max_ms,arrivals_in_second,"
                + "heap_used_mb,old_gen_mb\n");
    for (ChatLoad.Outcome o : new ChatLoad.Outcome[] {echo, chat}) {
      if (o == null) {
        continue;
      }
      for (Second s : perSecond(o)) {
        double at = (o.measuredStart() - t0) / 1e9 + s.second() + 0.5;
        Heap h =
            heap.stream()
                .min((a, b) -> Double.compare(Math.abs(a.at() - at), Math.abs(b.at() - at)))
                .orElse(null);
        csv.append(
            String.format(
                Locale.ROOT,
                "%s,%d,%d,%d,%d,%s,%s,%s,%s,%d,%s,%s%n",
                o.target().name(),
                s.second(),
                s.sent(),
                s.delivered(),
                s.lost(),
                fixed(s.ms()[0]),
                fixed(s.ms()[1]),
                fixed(s.ms()[2]),
                fixed(s.ms()[3]),
                s.arrivedIn(),
                h == null ? "" : fixed(h.usedMb()),
                h == null ? "" : fixed(h.oldMb())));
      }
    }
    Files.createDirectories(out);
    Files.writeString(out.resolve("chat.md"), md);
    Files.writeString(out.resolve("chat.csv"), csv);
    Files.writeString(out.resolve("chat.svg"), svg(date, t0, echo, chat, heap, maxHeapMb));
    progress("report: %s/chat.{md,csv,svg}", out);
  }

  private String latencyRow(
      ChatLoad.Outcome o, String phase, String measure, int[] which, long[] arrivals) {
    long[] lat = o.latencies(which, arrivals);
    long handed = o.count(which, o.sent());
    return String.format(
        Locale.ROOT,
        "| %s | %s | %,d | %.1f | %,d | %,d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |"
            + " %.1f ms |%n",
        phase,
        measure,
        handed,
        handed / o.seconds(),
        lat.length,
        handed - lat.length,
        ms(lat, 50),
        ms(lat, 90),
        ms(lat, 99),
        ms(lat, 99.9),
        max(lat),
        Arrays.stream(lat).average().orElse(Double.NaN) / 1e6);
  }

  /** What was written by hand below {@link #MARKER} in the report so far: kept. */
  private String handWritten() throws IOException {
    Path existing = out.resolve("chat.md");
    if (!Files.exists(existing)) {
      return "";
    }
    String text = Files.readString(existing);
    int at = text.indexOf(MARKER);
    return at < 0 ? "" : text.substring(at + MARKER.length() + 1);
  }

  /** Top: latency per second (log scale), chat and echo; bottom: the heap through the run. */
  private String svg(
      String date,
      long t0,
      ChatLoad.Outcome echo,
      ChatLoad.Outcome chat,
      List<Heap> heap,
      double maxHeapMb) {
    double w = 820, h = 660, left = 80, right = 790;
    double top1 = 70, bottom1 = 330, top2 = 410, bottom2 = 590;
    StringBuilder s = new StringBuilder(Svg.start(w, h));
    s.append(
        Svg.text(
            left,
            24,
            String.format(
                Locale.ROOT,
                "Chat: %d clients, %d conversations, %d messages/s, %s",
                2 * conversations,
                conversations,
                rate,
                date),
            "start",
            "font-size=\"15\" font-weight=\"bold\""));
    s.append(
        Svg.text(
            left,
            top1 - 22,
            "Delivery latency per second of the measured window (ms, log scale)",
            "start",
            "font-weight=\"bold\""));
    List<Second> chatRows = chat == null ? List.of() : perSecond(chat);
    List<Second> echoRows = echo == null ? List.of() : perSecond(echo);
    double lo = Double.MAX_VALUE;
    double hi = P99_GOAL_MS;
    for (List<Second> rows : List.of(chatRows, echoRows)) {
      for (Second r : rows) {
        for (double v : r.ms()) {
          if (!Double.isNaN(v) && v > 0) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
        }
      }
    }
    double logLo = Math.floor(Math.log10(lo == Double.MAX_VALUE ? 0.1 : lo));
    double logHi = Math.ceil(Math.log10(hi));
    java.util.function.DoubleUnaryOperator y1 =
        v ->
            bottom1
                - (bottom1 - top1)
                    * (Math.log10(Math.max(v, Math.pow(10, logLo))) - logLo)
                    / (logHi - logLo);
    java.util.function.DoubleUnaryOperator x1 = sec -> left + (right - left) * sec / seconds;
    for (double d = logLo; d <= logHi; d++) {
      double y = y1.applyAsDouble(Math.pow(10, d));
      s.append(Svg.line(left, y, right, y, "#ddd", ""));
      s.append(
          Svg.text(
              left - 6,
              y + 4,
              d >= 0
                  ? String.format(Locale.ROOT, "%,.0f", Math.pow(10, d))
                  : "0." + "0".repeat((int) -d - 1) + "1",
              "end",
              "fill=\"#555\""));
    }
    s.append(Svg.line(left, bottom1, right, bottom1, "black", ""));
    s.append(Svg.line(left, bottom1, left, top1, "black", ""));
    for (int sec = 0; sec <= seconds; sec += seconds > 60 ? 20 : 10) {
      s.append(Svg.text(x1.applyAsDouble(sec), bottom1 + 16, sec + " s", "middle", ""));
    }
    double goalY = y1.applyAsDouble(P99_GOAL_MS);
    s.append(Svg.line(left, goalY, right, goalY, "#c92a2a", "stroke-dasharray=\"6 4\""));
    s.append(Svg.text(right - 4, goalY - 5, "goal: p99 < 150 ms", "end", "fill=\"#c92a2a\""));
    Object[][] series = {
      {chatRows, 2, "#c92a2a", "", "chat p99"},
      {chatRows, 0, "#3b5bdb", "", "chat p50"},
      {echoRows, 2, "#495057", "stroke-dasharray=\"5 3\"", "echo p99"},
      {echoRows, 0, "#adb5bd", "stroke-dasharray=\"5 3\"", "echo p50"},
    };
    int legend = 0;
    for (Object[] line : series) {
      @SuppressWarnings("unchecked")
      List<Second> rows = (List<Second>) line[0];
      if (rows.isEmpty()) {
        continue;
      }
      StringBuilder points = new StringBuilder();
      for (Second r : rows) {
        double v = r.ms()[(int) line[1]];
        if (!Double.isNaN(v)) {
          points.append(
              String.format(
                  Locale.ROOT,
                  "%.1f,%.1f ",
                  x1.applyAsDouble(r.second() + 0.5),
                  y1.applyAsDouble(v)));
        }
      }
      s.append(Svg.polyline(points, (String) line[2], 2, (String) line[3]));
      s.append(
          Svg.text(
              left + 10 + 110 * legend++,
              top1 - 6,
              (String) line[4],
              "start",
              "fill=\"" + line[2] + "\""));
    }

    // the heap through the whole run, the measured windows shaded
    double end = heap.isEmpty() ? 1 : heap.get(heap.size() - 1).at();
    java.util.function.DoubleUnaryOperator x2 = t -> left + (right - left) * t / end;
    double maxMb = Double.isNaN(maxHeapMb) ? 1024 : maxHeapMb;
    java.util.function.DoubleUnaryOperator y2 =
        mb -> bottom2 - (bottom2 - top2) * Math.min(mb, maxMb) / maxMb;
    s.append(
        Svg.text(
            left,
            top2 - 22,
            "Payara Micro heap through the run (MB, jstat every second)",
            "start",
            "font-weight=\"bold\""));
    for (ChatLoad.Outcome o : new ChatLoad.Outcome[] {echo, chat}) {
      if (o == null) {
        continue;
      }
      double a = x2.applyAsDouble((o.measuredStart() - t0) / 1e9);
      double b = x2.applyAsDouble((o.measuredEnd() - t0) / 1e9);
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#f1f3f5\"/>%n",
              a,
              top2,
              b - a,
              bottom2 - top2));
      s.append(
          Svg.text(
              (a + b) / 2,
              top2 + 14,
              o.target().name() + " measured",
              "middle",
              "fill=\"#868e96\""));
    }
    for (int i = 0; i <= 4; i++) {
      double mb = maxMb * i / 4;
      s.append(
          Svg.text(
              left - 6,
              y2.applyAsDouble(mb) + 4,
              String.format(Locale.ROOT, "%.0f", mb),
              "end",
              "fill=\"#555\""));
    }
    s.append(Svg.line(left, bottom2, right, bottom2, "black", ""));
    s.append(Svg.line(left, bottom2, left, top2, "black", ""));
    int step = end > 400 ? 60 : end > 120 ? 30 : 10;
    for (int sec = 0; sec <= end; sec += step) {
      s.append(Svg.text(x2.applyAsDouble(sec), bottom2 + 16, sec + " s", "middle", ""));
    }
    StringBuilder used = new StringBuilder();
    StringBuilder old = new StringBuilder();
    for (Heap hp : heap) {
      if (hp.at() < 0) {
        continue;
      }
      used.append(
          String.format(
              Locale.ROOT, "%.1f,%.1f ", x2.applyAsDouble(hp.at()), y2.applyAsDouble(hp.usedMb())));
      old.append(
          String.format(
              Locale.ROOT, "%.1f,%.1f ", x2.applyAsDouble(hp.at()), y2.applyAsDouble(hp.oldMb())));
    }
    s.append(Svg.polyline(used, "#e8590c", 1.5, ""));
    s.append(Svg.polyline(old, "#868e96", 2, ""));
    s.append(Svg.text(right - 10, top2 + 16, "heap used", "end", "fill=\"#e8590c\""));
    s.append(Svg.text(right - 10, top2 + 32, "old generation", "end", "fill=\"#868e96\""));
    s.append(
        Svg.text(
            left + 10,
            top2 + 14,
            String.format(Locale.ROOT, "maximum heap %.0f MB", maxMb),
            "start",
            "fill=\"#c92a2a\""));

    StringBuilder caption = new StringBuilder();
    if (chat != null) {
      long[] lat = chat.latencies(chat.measured(), chat.delivered());
      caption.append(
          String.format(
              Locale.ROOT,
              "chat p50 %.1f ms, p99 %.1f ms (goal < 150 ms: %s), lost %d",
              ms(lat, 50),
              ms(lat, 99),
              ms(lat, 99) < P99_GOAL_MS ? "met" : "NOT met",
              chat.lost(allOf(chat))));
    }
    if (echo != null) {
      long[] lat = echo.latencies(echo.measured(), echo.delivered());
      caption
          .append(caption.isEmpty() ? "" : "; ")
          .append(
              String.format(
                  Locale.ROOT, "echo p50 %.1f ms, p99 %.1f ms", ms(lat, 50), ms(lat, 99)));
    }
    s.append(Svg.text(w / 2, h - 20, caption.toString(), "middle", "font-size=\"13\""));
    return s.append(Svg.end()).toString();
  }

  // ---------------------------------------------------------------------------------- helpers

  private String command() {
    StringBuilder c = new StringBuilder();
    for (String name :
        List.of(
            "BENCH_CONVERSATIONS",
            "BENCH_RATE",
            "BENCH_SECONDS",
            "BENCH_WARMUP_SECONDS",
            "BENCH_DRAIN_SECONDS",
            "BENCH_HISTORY",
            "BENCH_CHAT_PHASES",
            "BENCH_JSTACK",
            "BENCH_JFR")) {
      String value = System.getenv(name);
      if (value != null && !value.isBlank()) {
        c.append(name).append('=').append(value).append(' ');
      }
    }
    return c.append("flock /tmp/designcontest-it.lock bash docs/benchmarks/run.sh chat").toString();
  }

  private static int[] allOf(ChatLoad.Outcome o) {
    return java.util.stream.IntStream.range(0, o.due().length).toArray();
  }

  /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
  static double ms(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  static double max(long[] sorted) {
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
  }

  private static String fixed(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String mb(long kb) {
    return kb < 0 ? "–" : String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
  }

  private static double maxHeapMb(String jvm) {
    Matcher m = Pattern.compile("-Xmx(\\d+)([gGmM])").matcher(jvm);
    if (!m.find()) {
      return Double.NaN;
    }
    long n = Long.parseLong(m.group(1));
    return m.group(2).equalsIgnoreCase("g") ? n * 1024 : n;
  }

  private static int number(String name, int fallback) {
    return Integer.parseInt(BenchSettings.env(name, String.valueOf(fallback)));
  }

  private static void progress(String format, Object... args) {
    ChatLoad.progress(format, args);
  }
}
