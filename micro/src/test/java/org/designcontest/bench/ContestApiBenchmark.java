package org.designcontest.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The contest API benchmark (issue: public contest list and gallery at 32 clients against a trivial
 * endpoint; deadline sweep over 10,000 due contests). Started by {@code docs/benchmarks/run.sh}
 * once the broker and Payara Micro with the app are up: seeds the database, checks the endpoints'
 * answers, runs the load (trivial, public list, gallery, trivial again), then the sweep, and writes
 * {@code docs/benchmarks/contest-api.{md,csv,svg}}.
 *
 * <p>Where an endpoint of the issue is not in the app yet, a stand-in of the same kind is measured
 * and the report says so.
 */
public final class ContestApiBenchmark {

  private static final int PAGE_SIZE = 50;

  private final BenchSettings settings;
  private final HttpClient http = LoadRun.newClient();
  private final List<String> notes = new ArrayList<>();

  private ContestApiBenchmark(BenchSettings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    new ContestApiBenchmark(BenchSettings.fromEnvironment()).run();
  }

  private void run() throws Exception {
    long started = System.nanoTime();
    String date =
        ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
            + " UTC";
    try (BenchData data = new BenchData(settings)) {
      progress(
          "seeding %,d contests (%,d gallery contests of %,d entries) and %,d entries…",
          settings.contests(),
          settings.galleryContests(),
          settings.galleryEntries(),
          settings.entries());
      long seedStart = System.nanoTime();
      Map<String, Long> listData = data.seedListSet();
      progress("seeded in %.1f s: %s", seconds(seedStart), listData);
      String extraSql = BenchSettings.env("BENCH_EXTRA_SQL", "");
      if (!extraSql.isBlank()) {
        progress("experiment: running BENCH_EXTRA_SQL: %s", extraSql);
        data.execute(extraSql);
        notes.add("Experiment: after seeding, this SQL ran: `" + extraSql + "`.");
      }
      String postboot = BenchSettings.env("BENCH_POSTBOOT", "server-config/resources.asadmin");
      if (!postboot.equals("server-config/resources.asadmin")) {
        notes.add("Experiment: the server resources came from `" + postboot + "`.");
      }
      List<BenchData.Gallery> galleries = data.galleries();

      progress("checking the endpoints' answers…");
      LoadRun.Scenario trivial = trivial("trivial", "trivial");
      LoadRun.Scenario list = publicList(listData.get("launched contests"));
      LoadRun.Scenario gallery = gallery("gallery", "gallery", galleries);
      List<LoadRun.Scenario> scenarios =
          Arrays.asList(
              trivial,
              list,
              gallery,
              trivial("trivial-again", "trivial again"),
              filteredList(data.categories()),
              withNote(
                  gallery("gallery-one-token", "gallery, 1 token", galleries.subList(0, 1)),
                  "not a goal: all clients use the same API token (one company, one contest),"
                      + " to show what a company's single integration token gets."));

      CpuMeter cpu = CpuMeter.fromEnvironment(data::backendPids);
      LoadRun load = new LoadRun(http, cpu);
      // the JIT compiles each endpoint's path before anything is measured (the issue compares a
      // trivial endpoint with the others, so none of them should be measured cold)
      Duration serverWarmUp = Duration.ofSeconds(settings.serverWarmUpSeconds() / 3);
      for (LoadRun.Scenario scenario : List.of(trivial, list, gallery)) {
        progress(
            "warming the server up: %s, %d clients, %d s…",
            scenario.label(), settings.clients(), serverWarmUp.toSeconds());
        load.run(scenario, settings.clients(), serverWarmUp, Duration.ZERO);
      }
      List<LoadRun.Result> results = new ArrayList<>();
      for (LoadRun.Scenario scenario : scenarios) {
        progress(
            "load: %s (%s), %d clients, %d s warm-up + %d s measured…",
            scenario.label(),
            scenario.path(),
            settings.clients(),
            settings.warmUp().toSeconds(),
            settings.measured().toSeconds());
        LoadRun.Result r =
            load.run(scenario, settings.clients(), settings.warmUp(), settings.measured());
        results.add(r);
        progress(
            "  %,.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d%s",
            r.throughput(),
            r.percentileMs(50),
            r.percentileMs(95),
            r.percentileMs(99),
            r.maxMs(),
            r.errors(),
            r.firstError() == null ? "" : " (first: " + r.firstError() + ")");
        progress("  CPU (%% of all cores): %s", Report.cpuLine(r.cpu()));
        Thread.sleep(2000);
      }

      progress(
          "seeding the sweep set: %,d contests in FINALIST_SELECTION with %d live entries each…",
          settings.sweepContests(), settings.sweepEntriesPerContest());
      long sweepSeedStart = System.nanoTime();
      BenchData.SweepSet set = data.seedSweepSet();
      progress(
          "seeded in %.1f s: %,d contests (ids %d..%d), %,d entries",
          seconds(sweepSeedStart), set.contests(), set.lo(), set.hi(), set.entries());
      progress("deadline sweep over %,d due contests…", set.contests());
      SweepRun.Result sweep = new SweepRun(data, cpu).run(set, 3, 240);
      progress(
          "  all in the final round after %.2f s (%,.0f contests/s); last event at T+%.2f s;"
              + " finalists %,d (expected %,d)",
          sweep.seconds(),
          sweep.contestsPerSecond(),
          sweep.secondsByEvents(),
          sweep.finalists(),
          set.expectedFinalists());

      Report.Findings findings =
          new Report.Findings(
              settings, date, runMinutes(started), machine(data), listData, results, sweep, notes);
      Report.write(findings, settings.outputFolder());
      progress(
          "wrote %s/%s.md, .csv and .svg; all goals met: %s",
          settings.outputFolder(), Report.NAME, findings.allGoalsMet() ? "yes" : "NO");
    }
  }

  /** {@code GET /api/ping}: no database, the ceiling the others are compared with. */
  private LoadRun.Scenario trivial(String key, String label) throws IOException {
    String path = "/api/ping";
    Answer answer = get(path, null);
    require(answer.status() == 200, "GET " + path + " answers " + answer.status());
    HttpRequest request = request(path, null);
    return new LoadRun.Scenario(key, label, path, "", random -> request);
  }

  /** {@code GET /api/contests?page=P&size=50}, anonymous, the page drawn at random from all. */
  private LoadRun.Scenario publicList(long launched) throws IOException {
    JsonObject first = json(get("/api/contests?page=0&size=" + PAGE_SIZE, null));
    long total = first.getJsonNumber("total").longValue();
    int items = first.getJsonArray("items").size();
    require(
        items == Math.min(PAGE_SIZE, total), "the first page has " + items + " items of " + total);
    if (total != launched) {
      notes.add(
          String.format(
              Locale.ROOT,
              "The public list counts %,d contests; %,d were launched (the difference are"
                  + " contests the list leaves out, e.g. private ones).",
              total,
              launched));
    }
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    json(get("/api/contests?page=" + (pages - 1) + "&size=" + PAGE_SIZE, null));
    List<HttpRequest> requests = new ArrayList<>();
    for (int page = 0; page < pages; page++) {
      requests.add(request("/api/contests?page=" + page + "&size=" + PAGE_SIZE, null));
    }
    progress("  public list: %,d contests in %,d pages of %d", total, pages, PAGE_SIZE);
    return new LoadRun.Scenario(
        "public-list",
        "public list",
        "/api/contests?page=0.." + (pages - 1) + "&size=" + PAGE_SIZE,
        "",
        random -> requests.get(random.nextInt(requests.size())));
  }

  /**
   * Not a goal: the public list with every sort and category filter, a random page of a random
   * combination, so that few requests ask for the same page within seconds (the app may keep recent
   * pages).
   */
  private LoadRun.Scenario filteredList(List<String> categories) throws IOException {
    List<HttpRequest> requests = new ArrayList<>();
    List<String> filters = new ArrayList<>();
    filters.add("");
    categories.forEach(code -> filters.add("&category=" + code));
    for (String sort : List.of("ending", "newest", "prize")) {
      for (String filter : filters) {
        String query = "/api/contests?size=" + PAGE_SIZE + "&sort=" + sort + filter;
        long total = json(get(query + "&page=0", null)).getJsonNumber("total").longValue();
        for (long page = 0; page < Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE); page++) {
          requests.add(request(query + "&page=" + page, null));
        }
      }
    }
    progress(
        "  public list, filters: %d sorts × %d category filters, %,d distinct pages",
        3, filters.size(), requests.size());
    return new LoadRun.Scenario(
        "public-list-filters",
        "list, filters",
        "/api/contests?sort=S&category=C&page=P&size=" + PAGE_SIZE,
        "not a goal: a random page of a random sort (ending, newest, prize) and category filter"
            + " (or none), "
            + String.format(Locale.ROOT, "%,d", requests.size())
            + " distinct pages, so that the answers rarely repeat within seconds.",
        random -> requests.get(random.nextInt(requests.size())));
  }

  /**
   * {@code GET /api/contests/{id}/entries?page=P&size=50} as the contest's company, a random page
   * of a random gallery contest.
   */
  private LoadRun.Scenario gallery(String key, String label, List<BenchData.Gallery> galleries)
      throws IOException {
    require(!galleries.isEmpty(), "no gallery contests were seeded");
    BenchData.Gallery probe = galleries.get(0);
    String first = "/api/contests/" + probe.contestId() + "/entries?page=0&size=" + PAGE_SIZE;
    JsonObject page = json(get(first, probe.token()));
    int size = page.getJsonArray("entries").size();
    long total = page.getJsonNumber("total").longValue();
    require(
        size == Math.min(PAGE_SIZE, total),
        "the gallery's first page has " + size + " entries of " + total);
    require(
        total == probe.visibleEntries(),
        "the gallery counts " + total + " entries; the company sees " + probe.visibleEntries());
    List<HttpRequest> requests = new ArrayList<>();
    for (BenchData.Gallery g : galleries) {
      long pages = Math.max(1, (g.visibleEntries() + PAGE_SIZE - 1) / PAGE_SIZE);
      for (int p = 0; p < pages; p++) {
        requests.add(
            request(
                "/api/contests/" + g.contestId() + "/entries?page=" + p + "&size=" + PAGE_SIZE,
                g.token()));
      }
    }
    progress(
        "  %s: %d contests of %,d entries, %,d pages of %d in all",
        label, galleries.size(), probe.visibleEntries(), requests.size(), PAGE_SIZE);
    return new LoadRun.Scenario(
        key,
        label,
        "/api/contests/{id}/entries?page=P&size=" + PAGE_SIZE,
        "",
        random -> requests.get(random.nextInt(requests.size())));
  }

  private static LoadRun.Scenario withNote(LoadRun.Scenario scenario, String note) {
    String text = scenario.note().isEmpty() ? note : scenario.note() + " " + note;
    return new LoadRun.Scenario(
        scenario.key(), scenario.label(), scenario.path(), text, scenario.next());
  }

  private Map<String, String> machine(BenchData data) throws SQLException {
    Map<String, String> machine = new LinkedHashMap<>();
    machine.put(
        "CPU",
        Runtime.getRuntime().availableProcessors()
            + " cores (nproc), "
            + firstLine("/proc/cpuinfo", "model name"));
    machine.put("memory", firstLine("/proc/meminfo", "MemTotal"));
    machine.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put(
        "JDK (app and load generator)",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    machine.put(
        "Payara Micro",
        BenchSettings.env("BENCH_PAYARA_VERSION", "?")
            + ", JVM options `"
            + BenchSettings.env("BENCH_MICRO_JVM", "?")
            + "`, `--nocluster`");
    machine.put(
        "PostgreSQL",
        data.text("show server_version")
            + " on 127.0.0.1 (shared_buffers "
            + data.text("show shared_buffers")
            + ", max_connections "
            + data.text("show max_connections")
            + "); the app's pool: at most 32 connections (server-config/resources.asadmin)");
    machine.put("OpenMQ", BenchSettings.env("BENCH_OPENMQ_VERSION", "?") + ", on the same machine");
    machine.put(
        "load generator",
        "on the same machine: JDK HttpClient, HTTP/1.1 with keep-alive, "
            + settings.clients()
            + " threads");
    machine.put("app", BenchSettings.env("BENCH_GIT", "?"));
    return machine;
  }

  private static String firstLine(String file, String prefix) {
    try {
      return Files.readAllLines(Path.of(file)).stream()
          .filter(line -> line.startsWith(prefix))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }

  /** Minutes since the script started (build and startup included), else since this program did. */
  private static long runMinutes(long started) {
    String scriptStarted = System.getenv("BENCH_STARTED");
    double seconds =
        scriptStarted == null
            ? (System.nanoTime() - started) / 1e9
            : System.currentTimeMillis() / 1000.0 - Long.parseLong(scriptStarted);
    return Math.round(seconds / 60);
  }

  private record Answer(int status, String body) {}

  private Answer get(String path, String token) throws IOException {
    try {
      HttpResponse<String> response =
          http.send(request(path, token), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private HttpRequest request(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .GET();
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder.build();
  }

  /** The answer's JSON object; anything but a 200 with one stops the run. */
  private static JsonObject json(Answer answer) {
    require(answer.status() == 200, "answered " + answer.status() + ": " + shorten(answer));
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject();
    }
  }

  private static String shorten(Answer answer) {
    return answer.body().substring(0, Math.min(300, answer.body().length()));
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalStateException(problem);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void progress(String format, Object... args) {
    System.out.printf("[bench] " + format + "%n", args);
  }
}
