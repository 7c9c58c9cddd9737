package org.designcontest.bench;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.designcontest.bench.HeapSampler.Heap;

/**
 * The newsletter benchmark (issue: 100,000 subscribers; the time from the job's start to the last
 * email accepted by the test SMTP server, memory flat through the run with the peak heap reported;
 * goal: under 3 minutes on this 2-core machine, rendering and queueing at least 1,000 recipients a
 * second). Started by {@code bash docs/benchmarks/run.sh newsletters} once the broker and Payara
 * Micro with the app are up; runs its own GreenMail on {@code SMTP_PORT} and writes {@code
 * docs/benchmarks/newsletters.*}.
 *
 * <p>Seeds {@code BENCH_SUBSCRIBERS} verified designers following one category and a few open
 * contests in it (so that no digest is empty), then has an administrator send a weekly digest now
 * ({@code POST /api/newsletters/weekly-digest}: the heavier path, every email lists the contests).
 * Measures from that request: the job's end (its status COMPLETED, polled every 250 ms) and the
 * last email (GreenMail holds as many as were queued). Samples Payara Micro's heap every second
 * with {@code jstat -gc}. Checks at the end that every subscriber got exactly one email.
 */
public final class NewsletterBenchmark {

  static final double SECONDS_GOAL = 180;
  static final double RATE_GOAL = 1_000;
  static final String CATEGORY = "logo";

  private final int subscribers = number("BENCH_SUBSCRIBERS", 100_000);
  private final int openContests = number("BENCH_OPEN_CONTESTS", 5);
  private final int rawEmails = number("BENCH_RAW_EMAILS", 10_000);
  static final int RAW_CONNECTIONS = 15;
  private final long microPid = Long.parseLong(BenchSettings.env("BENCH_MICRO_PID", "-1"));
  private final Path out = Path.of(BenchSettings.env("BENCH_OUT", "docs/benchmarks"));
  private final BenchSettings db = BenchSettings.fromEnvironment();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public static void main(String[] args) throws Exception {
    prepareGreenMail();
    new NewsletterBenchmark().run();
  }

  /** One poll: seconds since the request, the job's counts and the emails the server holds. */
  record Tick(
      double at, long read, long queued, long sent, long emails, double heapMb, double oldMb) {}

  private void run() throws Exception {
    GreenMail smtp =
        new GreenMail(
            new ServerSetup(
                Integer.parseInt(BenchSettings.env("SMTP_PORT", "38025")), "127.0.0.1", "smtp"));
    smtp.start();
    oneMailbox(smtp);
    try (Connection sql = DriverManager.getConnection(db.jdbcUrl(), db.dbUser(), db.dbPassword())) {
      progress(
          "seeding %,d verified designers following '%s' and %d open contests there…",
          subscribers, CATEGORY, openContests);
      long seedStart = System.nanoTime();
      String admin = seed(sql);
      double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
      progress("seeded in %.1f s", seedSeconds);

      progress(
          "raw SMTP loop: %,d emails to a GreenMail of its own, %d connections at once…",
          rawEmails, RAW_CONNECTIONS);
      double rawRate = rawSmtp();
      progress("raw SMTP: %,.0f emails/s", rawRate);

      HeapSampler heap = new HeapSampler(microPid);
      heap.start();
      Thread.sleep(3_000); // a few samples before the request: the heap at rest
      CpuMeter cpu = CpuMeter.fromEnvironment(() -> backendPids(sql));

      progress("weekly digest to %,d subscribers…", subscribers);
      CpuMeter.Snapshot cpuStart = cpu.take();
      long t0 = System.nanoTime();
      heap.zero(t0);
      JsonObject started = post("/api/newsletters/weekly-digest", admin);
      long id = started.getJsonNumber("id").longValue();
      double accepted = seconds(t0);
      progress("newsletter %d: request answered after %.2f s", id, accepted);

      List<Tick> timeline = new ArrayList<>();
      double jobEnd = -1;
      double lastEmail;
      long read = 0;
      long queued = 0;
      long skipped = 0;
      long sent = 0;
      long recorded = 0;
      int polls = 0;
      String status = "";
      CpuMeter.Snapshot cpuJobEnd = null;
      while (true) {
        double at = seconds(t0);
        long emails = smtp.getManagers().getImapHostManager().getAllMessages().size();
        // every 250 ms while the job runs, then every second (the count of deliveries is a query)
        if (jobEnd < 0 || polls++ % 4 == 0) {
          JsonObject summary = get("/api/newsletters/" + id, admin);
          status = summary.getString("jobStatus", "");
          JsonObject p = summary.getJsonObject("progress");
          read = p.getJsonNumber("read").longValue();
          queued = p.getJsonNumber("queued").longValue();
          skipped = p.getJsonNumber("skipped").longValue();
          JsonObject d = summary.getJsonObject("deliveries");
          sent = d.getJsonNumber("sent").longValue();
          // the batch runtime stores the step's counts at its end: while it runs, the delivery rows
          // (one per recipient queued, in the chunk's transaction) say how far it has come
          recorded =
              d.getJsonNumber("queued").longValue() + sent + d.getJsonNumber("failed").longValue();
        }
        Heap h = heap.latest();
        timeline.add(
            new Tick(
                at,
                read,
                Math.max(queued, recorded),
                sent,
                emails,
                h == null ? Double.NaN : h.usedMb(),
                h == null ? Double.NaN : h.oldMb()));
        if (jobEnd < 0) {
          if (status.equals("COMPLETED")) {
            jobEnd = at;
            cpuJobEnd = cpu.take();
            progress(
                "job COMPLETED after %.1f s: read %,d, queued %,d, skipped %,d; %,d emails"
                    + " accepted so far",
                at, read, queued, skipped, emails);
          } else if (Set.of("FAILED", "STOPPED", "ABANDONED").contains(status)) {
            throw new IllegalStateException("the job ended " + status + " after " + at + " s");
          }
        }
        if (jobEnd >= 0 && emails >= queued) {
          lastEmail = at;
          break;
        }
        if (at > 900) {
          throw new IllegalStateException(
              "only " + emails + " emails after 900 s (job " + status + ", queued " + queued + ")");
        }
        if (timeline.size() % 20 == 0) {
          progress(
              "%5.1f s: %s, queued %,d, sent %,d, emails %,d, heap %.0f MB",
              at,
              status,
              Math.max(queued, recorded),
              sent,
              emails,
              h == null ? Double.NaN : h.usedMb());
        }
        Thread.sleep(250);
      }
      CpuMeter.Snapshot cpuEnd = cpu.take();
      progress("last email accepted after %.1f s", lastEmail);
      // late duplicates (a redelivered message) would arrive now
      Thread.sleep(5_000);
      heap.stop();

      Check check = check(smtp, sql, id);
      progress(
          "emails %,d to %,d distinct addresses: %,d duplicates, %,d subscribers missing,"
              + " %,d to strangers; deliveries %s",
          check.emails(),
          check.distinct(),
          check.duplicates(),
          check.missing(),
          check.strangers(),
          check.deliveries());
      Map<String, Double> job = jobTimes(sql, id, t0);
      write(
          new Result(
              id,
              seedSeconds,
              accepted,
              jobEnd,
              lastEmail,
              read,
              queued,
              skipped,
              check,
              job,
              cpu.between(cpuStart, cpuJobEnd),
              cpu.between(cpuJobEnd, cpuEnd),
              rawRate),
          timeline,
          heap.samples());
    } finally {
      smtp.stop();
    }
  }

  /**
   * GreenMail logs each new mailbox (one per subscriber: 100,000 lines): warnings and errors only.
   * Before any GreenMail class is loaded: its log4j2 reads the file named here.
   */
  private static void prepareGreenMail() throws IOException {
    Path config = Files.createTempFile("greenmail-log4j2", ".xml");
    config.toFile().deleteOnExit();
    Files.writeString(
        config,
        "<Configuration><Appenders><Console name=\"CONSOLE\" target=\"SYSTEM_OUT\">"
            + "<PatternLayout pattern=\"%d %-5.5p %25.25c{2}| %m%n\"/></Console></Appenders>"
            + "<Loggers><Root level=\"warn\"><AppenderRef ref=\"CONSOLE\"/></Root></Loggers>"
            + "</Configuration>");
    System.setProperty("log4j2.configurationFile", config.toString());
    // as the app's server config does: otherwise Jakarta Mail looks its stream provider up through
    // the ServiceLoader (reading jars) for every message GreenMail parses, under GreenMail's lock
    System.setProperty(
        "jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
  }

  /**
   * Every email into one mailbox, whoever it is addressed to (the recipient stays in its header).
   * By default GreenMail makes a mailbox per new address and finds it by a linear search of all
   * mailboxes (HierarchicalFolder.getChild), under the lock that stores one message at a time: with
   * 100,000 addresses it slowed to about 20 emails/s after 30,000 and was what the first run
   * measured.
   */
  private static void oneMailbox(GreenMail server) throws Exception {
    com.icegreen.greenmail.user.GreenMailUser sink =
        server.setUser("sink@bench.test", "sink", "sink");
    server.getUserManager().setMessageDeliveryHandler((message, address) -> sink);
  }

  /**
   * The test server's own ceiling: emails/s from this process to a GreenMail of its own, over
   * {@code RAW_CONNECTIONS} connections at once and 100 emails each (as the listener sends a
   * message's emails), each about the size of a digest. GreenMail stores one message at a time (a
   * lock in its SMTP manager), so this bounds what any sender can get accepted here.
   */
  private double rawSmtp() throws Exception {
    int port = Integer.parseInt(BenchSettings.env("SMTP_PORT", "38025")) + 100;
    GreenMail raw = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
    raw.start();
    oneMailbox(raw);
    try {
      java.util.Properties p = new java.util.Properties();
      p.put("mail.smtp.host", "127.0.0.1");
      p.put("mail.smtp.port", String.valueOf(port));
      jakarta.mail.Session session = jakarta.mail.Session.getInstance(p);
      String text = "Open contests for you this week. ".repeat(36);
      String html = "<p>Open contests for you this week.</p>".repeat(45);
      java.util.concurrent.atomic.AtomicInteger next =
          new java.util.concurrent.atomic.AtomicInteger();
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(RAW_CONNECTIONS);
      long start = System.nanoTime();
      List<java.util.concurrent.Future<?>> done = new ArrayList<>();
      for (int c = 0; c < rawEmails / 100; c++) {
        done.add(
            pool.submit(
                () -> {
                  try (jakarta.mail.Transport t = session.getTransport("smtp")) {
                    t.connect();
                    for (int i = 0; i < 100; i++) {
                      int k = next.incrementAndGet();
                      MimeMessage m = new MimeMessage(session);
                      m.setFrom("no-reply@designcontest.local");
                      m.setRecipients(Message.RecipientType.TO, "raw-" + k + "@bench.test");
                      m.setSubject("Open contests for you");
                      jakarta.mail.internet.MimeMultipart parts =
                          new jakarta.mail.internet.MimeMultipart("alternative");
                      jakarta.mail.internet.MimeBodyPart plain =
                          new jakarta.mail.internet.MimeBodyPart();
                      plain.setText(text, "UTF-8");
                      parts.addBodyPart(plain);
                      jakarta.mail.internet.MimeBodyPart rich =
                          new jakarta.mail.internet.MimeBodyPart();
                      rich.setText(html, "UTF-8", "html");
                      parts.addBodyPart(rich);
                      m.setContent(parts);
                      m.saveChanges();
                      t.sendMessage(m, m.getAllRecipients());
                    }
                  }
                  return null;
                }));
      }
      for (java.util.concurrent.Future<?> f : done) {
        f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      return rawEmails / seconds;
    } finally {
      raw.stop();
    }
  }

  /** Seeds the audience and an administrator; returns the administrator's bearer token. */
  private String seed(Connection sql) throws SQLException {
    long adminId;
    long companyId;
    long staffId;
    try (Statement s = sql.createStatement()) {
      adminId =
          single(
              s,
              "insert into account (email, display_name, role, created_at, email_verified_at)"
                  + " values ('bench-admin@bench.test', 'Bench admin', 'ADMIN',"
                  + " now() - interval '1 day', now() - interval '1 day') returning id");
      companyId =
          single(
              s,
              "insert into company (name, created_at) values ('Bench company', now())"
                  + " returning id");
      staffId =
          single(
              s,
              "insert into account (email, display_name, role, company_id, created_at,"
                  + " company_owner, email_verified_at) values ('bench-staff@bench.test',"
                  + " 'Bench staff', 'CUSTOMER', "
                  + companyId
                  + ", now() - interval '1 day', true, now() - interval '1 day') returning id");
      // open in the category, ending in 3 to 3 + n days (the deadline sweep leaves them open)
      s.execute(
          "insert into contest (company_id, drafted_by, title, category_code, description,"
              + " prize_amount, prize_currency, stage, created_at, launched_at, deadline_at)"
              + " select "
              + companyId
              + ", "
              + staffId
              + ", 'Bench open contest ' || n, '"
              + CATEGORY
              + "', 'A brief.', 400 + 100 * n, 'EUR', 'OPEN', now() - interval '2 days',"
              + " now() - interval '2 days', now() + make_interval(days => 2 + n)"
              + " from generate_series(1, "
              + openContests
              + ") n");
      // the audience: one statement; the sign-up trigger subscribes each to the digest
      s.execute(
          "with d as (insert into account (email, display_name, role, created_at,"
              + " email_verified_at) select 'bench-designer-' || n || '@bench.test',"
              + " 'Designer ' || n, 'DESIGNER', now() - interval '1 day', now() - interval '1 day'"
              + " from generate_series(1, "
              + subscribers
              + ") n returning id)"
              + " insert into followed_category (account_id, category_code) select id, '"
              + CATEGORY
              + "' from d");
      s.execute("analyze");
    }
    String secret = "dc_bench_" + HexFormat.of().formatHex(BenchData.randomBytes());
    try (PreparedStatement p =
        sql.prepareStatement(
            "insert into api_token (token_hash, name, created_by, scope, created_at)"
                + " values (?, 'benchmark', ?, 'WRITE', now())")) {
      p.setString(1, BenchData.sha256(secret));
      p.setLong(2, adminId);
      p.executeUpdate();
    }
    return secret;
  }

  /** What the SMTP server and the database hold at the end. */
  record Check(
      long emails,
      long distinct,
      long duplicates,
      long missing,
      long strangers,
      long wrongMessageIds,
      double averageKb,
      Map<String, Long> deliveries) {}

  private Check check(GreenMail smtp, Connection sql, long id) throws Exception {
    Set<String> expected = new HashSet<>();
    try (Statement s = sql.createStatement();
        ResultSet r =
            s.executeQuery(
                "select a.id, a.email from account a where a.role = 'DESIGNER'"
                    + " and a.email like 'bench-designer-%'")) {
      while (r.next()) {
        expected.add(r.getString(2));
      }
    }
    List<StoredMessage> messages = smtp.getManagers().getImapHostManager().getAllMessages();
    Map<String, Integer> byAddress = new HashMap<>();
    long wrongIds = 0;
    long bytes = 0;
    for (StoredMessage stored : messages) {
      MimeMessage m = stored.getMimeMessage();
      Address[] to = m.getRecipients(Message.RecipientType.TO);
      String address =
          to == null || to.length == 0 ? "" : to[0].toString().toLowerCase(Locale.ROOT);
      byAddress.merge(address, 1, Integer::sum);
      String messageId = m.getMessageID();
      if (messageId == null || !messageId.startsWith("<newsletter-" + id + "-")) {
        wrongIds++;
      }
      bytes += Math.max(0, m.getSize());
    }
    long duplicates = messages.size() - byAddress.size();
    long missing = expected.stream().filter(e -> !byAddress.containsKey(e)).count();
    long strangers = byAddress.keySet().stream().filter(a -> !expected.contains(a)).count();
    Map<String, Long> deliveries = new LinkedHashMap<>();
    try (PreparedStatement p =
        sql.prepareStatement(
            "select status, count(*) from newsletter_delivery where newsletter_id = ?"
                + " group by status order by status")) {
      p.setLong(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          deliveries.put(r.getString(1), r.getLong(2));
        }
      }
    }
    return new Check(
        messages.size(),
        byAddress.size(),
        duplicates,
        missing,
        strangers,
        wrongIds,
        messages.isEmpty() ? 0 : bytes / 1024.0 / messages.size(),
        deliveries);
  }

  /**
   * The job's own times from the batch runtime's repository (created, started, ended), in seconds
   * since the request; empty if the tables are not where expected.
   */
  private Map<String, Double> jobTimes(Connection sql, long id, long t0) {
    Map<String, Double> times = new LinkedHashMap<>();
    double nowEpoch = System.currentTimeMillis() / 1000.0;
    double t0Epoch = nowEpoch - seconds(t0);
    try (PreparedStatement p =
        sql.prepareStatement(
            "select extract(epoch from e.createtime), extract(epoch from e.starttime),"
                + " extract(epoch from e.endtime) from jbatchexecutioninstancedata e"
                + " join newsletter n on n.job_execution_id = e.jobexecid where n.id = ?")) {
      p.setLong(1, id);
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          times.put("created", r.getDouble(1) - t0Epoch);
          times.put("started", r.getDouble(2) - t0Epoch);
          times.put("ended", r.getDouble(3) - t0Epoch);
        }
      }
    } catch (SQLException e) {
      progress("no job times from the batch tables: %s", e.getMessage());
    }
    return times;
  }

  record Result(
      long newsletterId,
      double seedSeconds,
      double requestSeconds,
      double jobEnd,
      double lastEmail,
      long read,
      long queued,
      long skipped,
      Check check,
      Map<String, Double> job,
      CpuMeter.Share cpuJob,
      CpuMeter.Share cpuDrain,
      double rawSmtpRate) {}

  private void write(Result r, List<Tick> timeline, List<Heap> heap) throws IOException {
    String date =
        ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
            + " UTC";
    boolean full = subscribers >= 100_000;
    double rate = r.read() / r.jobEnd();
    List<Heap> during = heap.stream().filter(h -> h.at() >= 0 && h.at() <= r.lastEmail()).toList();
    Heap peak = during.stream().max((a, b) -> Double.compare(a.usedMb(), b.usedMb())).orElseThrow();
    Heap before = heap.stream().filter(h -> h.at() < 0).reduce((a, b) -> b).orElse(during.get(0));
    Heap last = during.get(during.size() - 1);
    double oldFirst = quarterAverage(during, true);
    double oldLast = quarterAverage(during, false);
    double peakOld = during.stream().mapToDouble(Heap::oldMb).max().orElse(0);
    long youngGcs = last.youngGcs() - before.youngGcs();
    long fullGcs = last.fullGcs() - before.fullGcs();
    String xmx = BenchSettings.env("BENCH_MICRO_JVM", "?");
    double maxHeapMb = maxHeapMb(xmx);
    boolean flat = fullGcs == 0 && oldLast - oldFirst < 0.10 * maxHeapMb;
    boolean correct =
        r.check().duplicates() == 0
            && r.check().missing() == 0
            && r.check().strangers() == 0
            && r.check().emails() == subscribers;
    double drain = r.lastEmail() - r.jobEnd();
    double emailsAtJobEnd =
        timeline.stream().filter(t -> t.at() <= r.jobEnd()).mapToLong(Tick::emails).max().orElse(0);
    String jobTimes =
        r.job().isEmpty()
            ? "not read (batch tables not found)"
            : String.format(
                Locale.ROOT,
                "created %.2f s, started %.2f s, ended %.2f s after the request (batch repository)",
                r.job().get("created"),
                r.job().get("started"),
                r.job().get("ended"));
    String md =
        """
        # Newsletter benchmark

        %s, %s. Command: `%s` (Payara Micro %s, OpenMQ %s,
        PostgreSQL and GreenMail, all on this 2-core machine with the load generator).%s

        %,d verified designers follow the category `%s`, which has %d open contests; an administrator sends
        a weekly digest now (`POST /api/newsletters/weekly-digest`, the heavier path: every email lists the
        open contests of the reader's categories). The batch job reads the recipients (pages of 500), renders
        each email (Mustache, text and HTML, a signed unsubscribe token each) and its writer records a
        delivery per recipient and puts each chunk's emails on the `newsletters` queue as one message; the
        listener sends each message's emails over one SMTP connection to the test server (GreenMail, in the
        benchmark's process) and marks them sent. Measured from the request (t = 0): the job's end (its status
        COMPLETED, polled every 250 ms with `GET /api/newsletters/{id}`) and the last email (GreenMail holds
        as many as were queued). Payara Micro's heap: `jstat -gc` every second. No warm-up: the newsletter
        code runs cold, as it would on a Monday morning.

        | goal | target | measured | ratio to the goal | met |
        |---|---|---|---|---|
        | %,d subscribers: request to the last email accepted | under %.0f s | %.1f s | %.2f × the limit | %s |
        | rendering and queueing (recipients read / job time) | at least %,.0f recipients/s | %,.0f recipients/s | %.2f × the target | %s |
        | memory flat through the run (peak heap reported) | no growth | peak %.0f MB used of %.0f MB; old generation %.0f → %.0f MB (first vs last quarter), %d full GCs | — | %s |
        | exactly one email per recipient | 0 duplicates, 0 missing | %,d emails to %,d addresses: %d duplicates, %d missing, %d to others | — | %s |

        Per phase (seconds from the request):

        | phase | from | to | seconds | rate |
        |---|---|---|---|---|
        | request answered (digest row written, job started) | 0 | %.2f | %.2f | |
        | job: read, render, queue %,d recipients | 0 | %.1f | %.1f | %,.0f recipients/s |
        | emails accepted while the job ran | 0 | %.1f | | %,.0f emails (%,.0f/s) |
        | after the job: the listener sends the rest | %.1f | %.1f | %.1f | %,.0f emails (%,.0f/s) |
        | total: request to the last email | 0 | %.1f | %.1f | %,.0f emails/s overall |

        - Job (batch repository): %s.
        - Job counts: read %,d, queued %,d, skipped (empty digest) %,d. Deliveries at the end: %s.
        - Emails: %,d, average %.1f KB each as GreenMail holds them; Message-IDs not of this newsletter: %d.
        - Heap (Payara Micro, `%s`): before the request %.0f MB used; peak %.0f MB at %.1f s; highest
          old generation %.0f MB; %d young and %d full collections during the run. "Flat" here: no full
          collection and the old generation's average over the last quarter of the run at most 10 %% of the
          maximum heap above its average over the first quarter.
        - The test SMTP server's ceiling (raw loop before the run: this process sending %,d emails of about
          the same size to a GreenMail of its own, %d connections at once, 100 emails each): %,.0f emails/s.
          GreenMail stores one message at a time, so the emails' rate after the job is bounded by it.
        - CPU (share of both cores) during the job: %s; after it: %s.
        - Settings: `NEWSLETTER_CHUNK=%s` (recipients per chunk, per JMS message), `NEWSLETTER_RATE=%s` emails/s
          (high so that the throttle is not the limit; production default 200), `WEEKLY_DIGEST_ENABLED=false`,
          `NEWSLETTER_KEY` a fixed benchmark value. Seeding took %.1f s (not measured).
        - Timeline (seconds, recipients read (the batch runtime stores it at the step's end), queued
          (delivery rows), deliveries marked sent, emails accepted, heap used, old generation): `newsletters.csv`; heap every second: `newsletters-heap.csv`; chart: `newsletters.svg`.
        """
            .formatted(
                date,
                BenchSettings.env("BENCH_GIT", "?"),
                command(),
                BenchSettings.env("BENCH_PAYARA_VERSION", "?"),
                BenchSettings.env("BENCH_OPENMQ_VERSION", "?"),
                full
                    ? ""
                    : "\n\n**A trial with fewer subscribers than the issue's 100,000: not the benchmark.**",
                subscribers,
                CATEGORY,
                openContests,
                subscribers,
                SECONDS_GOAL,
                r.lastEmail(),
                r.lastEmail() / SECONDS_GOAL,
                r.lastEmail() < SECONDS_GOAL ? "yes" : "**no**",
                RATE_GOAL,
                rate,
                rate / RATE_GOAL,
                rate >= RATE_GOAL ? "yes" : "**no**",
                peak.usedMb(),
                maxHeapMb,
                oldFirst,
                oldLast,
                fullGcs,
                flat ? "yes" : "**no**",
                r.check().emails(),
                r.check().distinct(),
                r.check().duplicates(),
                r.check().missing(),
                r.check().strangers(),
                correct ? "yes" : "**no**",
                r.requestSeconds(),
                r.requestSeconds(),
                r.read(),
                r.jobEnd(),
                r.jobEnd(),
                rate,
                r.jobEnd(),
                emailsAtJobEnd,
                emailsAtJobEnd / r.jobEnd(),
                r.jobEnd(),
                r.lastEmail(),
                drain,
                r.queued() - emailsAtJobEnd,
                drain > 0 ? (r.queued() - emailsAtJobEnd) / drain : 0,
                r.lastEmail(),
                r.lastEmail(),
                r.queued() / r.lastEmail(),
                jobTimes,
                r.read(),
                r.queued(),
                r.skipped(),
                r.check().deliveries(),
                r.check().emails(),
                r.check().averageKb(),
                r.check().wrongMessageIds(),
                xmx,
                before.usedMb(),
                peak.usedMb(),
                peak.at(),
                peakOld,
                youngGcs,
                fullGcs,
                rawEmails,
                RAW_CONNECTIONS,
                r.rawSmtpRate(),
                share(r.cpuJob()),
                share(r.cpuDrain()),
                BenchSettings.env("NEWSLETTER_CHUNK", "100 (default)"),
                BenchSettings.env("NEWSLETTER_RATE", "200 (default)"),
                r.seedSeconds());
    StringBuilder csv =
        new StringBuilder(
            "seconds,recipients_read,queued,deliveries_sent,emails_accepted,heap_used_mb,old_gen_mb\n");
    for (Tick t : timeline) {
      csv.append(
          String.format(
              Locale.ROOT,
              "%.2f,%d,%d,%d,%d,%.1f,%.1f%n",
              t.at(),
              t.read(),
              t.queued(),
              t.sent(),
              t.emails(),
              t.heapMb(),
              t.oldMb()));
    }
    StringBuilder heapCsv =
        new StringBuilder("seconds,heap_used_mb,old_gen_mb,heap_committed_mb,young_gcs,full_gcs\n");
    for (Heap h : heap) {
      heapCsv.append(
          String.format(
              Locale.ROOT,
              "%.2f,%.1f,%.1f,%.1f,%d,%d%n",
              h.at(),
              h.usedMb(),
              h.oldMb(),
              h.committedMb(),
              h.youngGcs(),
              h.fullGcs()));
    }
    Files.createDirectories(out);
    Files.writeString(out.resolve("newsletters.md"), md);
    Files.writeString(out.resolve("newsletters.csv"), csv);
    Files.writeString(out.resolve("newsletters-heap.csv"), heapCsv);
    Files.writeString(
        out.resolve("newsletters.svg"), svg(timeline, heap, r.jobEnd(), r.lastEmail(), maxHeapMb));
    progress(
        "total %.1f s (goal %.0f s), render+queue %,.0f recipients/s (goal %,.0f), job end to last"
            + " email %.1f s, peak heap %.0f MB, duplicates %d, missing %d",
        r.lastEmail(),
        SECONDS_GOAL,
        rate,
        RATE_GOAL,
        drain,
        peak.usedMb(),
        r.check().duplicates(),
        r.check().missing());
    progress("report: %s/newsletters.{md,csv,svg}", out);
  }

  /** The command that ran this, with the settings that differ from the defaults. */
  private String command() {
    StringBuilder c = new StringBuilder();
    if (subscribers != 100_000) {
      c.append("BENCH_SUBSCRIBERS=").append(subscribers).append(' ');
    }
    if (!BenchSettings.env("NEWSLETTER_CHUNK", "100").equals("100")) {
      c.append("NEWSLETTER_CHUNK=").append(BenchSettings.env("NEWSLETTER_CHUNK", "")).append(' ');
    }
    if (!BenchSettings.env("NEWSLETTER_RATE", "100000").equals("100000")) {
      c.append("NEWSLETTER_RATE=").append(BenchSettings.env("NEWSLETTER_RATE", "")).append(' ');
    }
    return c.append("flock /tmp/designcontest-it.lock bash docs/benchmarks/run.sh newsletters")
        .toString();
  }

  private static double quarterAverage(List<Heap> samples, boolean first) {
    int n = Math.max(1, samples.size() / 4);
    List<Heap> part =
        first ? samples.subList(0, n) : samples.subList(samples.size() - n, samples.size());
    return part.stream().mapToDouble(Heap::oldMb).average().orElse(0);
  }

  private static double maxHeapMb(String jvm) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("-Xmx(\\d+)([gGmM])").matcher(jvm);
    if (!m.find()) {
      return Double.NaN;
    }
    long n = Long.parseLong(m.group(1));
    return m.group(2).equalsIgnoreCase("g") ? n * 1024 : n;
  }

  private static String share(CpuMeter.Share share) {
    StringBuilder s = new StringBuilder();
    share
        .percent()
        .forEach(
            (who, percent) ->
                s.append(s.isEmpty() ? "" : ", ")
                    .append(who)
                    .append(String.format(Locale.ROOT, " %.0f %%", percent)));
    return s.toString();
  }

  /** Top: recipients queued and emails accepted; bottom: the heap. */
  private String svg(
      List<Tick> timeline, List<Heap> heap, double jobEnd, double lastEmail, double maxHeapMb) {
    double w = 760, left = 70, right = 730;
    double top1 = 40, bottom1 = 290, top2 = 340, bottom2 = 520, h = 560;
    double maxT = Math.max(SECONDS_GOAL, lastEmail) * 1.05;
    double maxMb = Double.isNaN(maxHeapMb) ? 1024 : maxHeapMb;
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" font-family=\"sans-serif\" font-size=\"12\">%n",
            w,
            h));
    s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.0f\" y=\"22\" font-size=\"15\">Weekly digest to %,d subscribers (cumulative)</text>%n",
            left,
            subscribers));
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.0f\" y=\"%.0f\" font-size=\"15\">Payara Micro heap (MB, jstat every second)</text>%n",
            left,
            top2 - 14));
    for (double[] panel : new double[][] {{top1, bottom1}, {top2, bottom2}}) {
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"black\"/><line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"black\"/>%n",
              left,
              panel[1],
              right,
              panel[1],
              left,
              panel[1],
              left,
              panel[0]));
      int step = maxT > 400 ? 60 : maxT > 120 ? 30 : 10;
      for (int sec = 0; sec <= maxT; sec += step) {
        double x = left + (right - left) * sec / maxT;
        s.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\">%d s</text>%n",
                x,
                panel[1] + 16,
                sec));
      }
    }
    for (int i = 0; i <= 4; i++) {
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"end\">%,d</text>%n",
              left - 6,
              bottom1 - (bottom1 - top1) * i / 4 + 4,
              (long) subscribers * i / 4));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"end\">%.0f</text>%n",
              left - 6,
              bottom2 - (bottom2 - top2) * i / 4 + 4,
              maxMb * i / 4));
    }
    String[] colours = {"#3b5bdb", "#2f9e44"};
    String[] names = {"recipients queued (job)", "emails accepted (SMTP server)"};
    for (int series = 0; series < 2; series++) {
      StringBuilder points = new StringBuilder();
      for (Tick t : timeline) {
        double v = series == 0 ? t.queued() : t.emails();
        points.append(
            String.format(
                Locale.ROOT,
                "%.1f,%.1f ",
                left + (right - left) * t.at() / maxT,
                bottom1 - (bottom1 - top1) * Math.min(v, subscribers) / subscribers));
      }
      s.append(
          String.format(
              Locale.ROOT,
              "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
              colours[series],
              points));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.0f\" y=\"%.0f\" fill=\"%s\">%s</text>%n",
              left + 10,
              top1 + 16 + 16 * series,
              colours[series],
              names[series]));
    }
    String[] heapColours = {"#e8590c", "#868e96"};
    String[] heapNames = {"heap used", "old generation"};
    for (int series = 0; series < 2; series++) {
      StringBuilder points = new StringBuilder();
      for (Heap hp : heap) {
        if (hp.at() < 0 || hp.at() > maxT) {
          continue;
        }
        double v = series == 0 ? hp.usedMb() : hp.oldMb();
        points.append(
            String.format(
                Locale.ROOT,
                "%.1f,%.1f ",
                left + (right - left) * hp.at() / maxT,
                bottom2 - (bottom2 - top2) * Math.min(v, maxMb) / maxMb));
      }
      s.append(
          String.format(
              Locale.ROOT,
              "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%s\" points=\"%s\"/>%n",
              heapColours[series],
              series == 0 ? "1.5" : "2",
              points));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.0f\" y=\"%.0f\" fill=\"%s\" text-anchor=\"end\">%s</text>%n",
              right - 10,
              top2 + 16 + 16 * series,
              heapColours[series],
              heapNames[series]));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"#c92a2a\" stroke-dasharray=\"4 3\"/><text x=\"%.0f\" y=\"%.0f\" fill=\"#c92a2a\">maximum heap %.0f MB</text>%n",
            left,
            top2,
            right,
            top2,
            left + 10,
            top2 + 14,
            maxMb));
    double[][] marks = {{SECONDS_GOAL, 0}, {jobEnd, 1}, {lastEmail, 2}};
    for (double[] mark : marks) {
      double x = left + (right - left) * mark[0] / maxT;
      String label =
          mark[1] == 0
              ? "goal: 3 min"
              : mark[1] == 1
                  ? String.format(Locale.ROOT, "job end %.1f s", mark[0])
                  : String.format(Locale.ROOT, "last email %.1f s", mark[0]);
      String colour = mark[1] == 0 ? "#c92a2a" : "#495057";
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.0f\" stroke=\"%s\" stroke-dasharray=\"4 3\"/><text x=\"%.1f\" y=\"%.0f\" fill=\"%s\" text-anchor=\"end\">%s</text>%n",
              x,
              bottom1,
              x,
              top1,
              colour,
              x - 4,
              top1 + 60 + 14 * mark[1],
              colour,
              label));
    }
    return s.append("</svg>\n").toString();
  }

  private JsonObject post(String path, String token) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(db.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return json(response, 202);
  }

  private JsonObject get(String path, String token) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(db.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return json(response, 200);
  }

  private static JsonObject json(HttpResponse<String> response, int expected) {
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          response.request().uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body().substring(0, Math.min(300, response.body().length())));
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
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

  private static long single(Statement s, String query) throws SQLException {
    try (ResultSet r = s.executeQuery(query)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static int number(String name, int fallback) {
    return Integer.parseInt(BenchSettings.env(name, String.valueOf(fallback)));
  }

  private static void progress(String format, Object... args) {
    System.out.printf("[newsletters] " + format + "%n", args);
  }
}
