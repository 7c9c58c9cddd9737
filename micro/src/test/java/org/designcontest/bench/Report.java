package org.designcontest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the results: {@code contest-api.md} (figures, goals, data, machine, the command), {@code
 * contest-api.csv} (one row per scenario) and {@code contest-api.svg} (a bar chart of throughput
 * and p99 per endpoint, drawn here: no chart library).
 */
final class Report {

  static final String NAME = "contest-api";

  /** Everything one run found. {@code runs} are in the order they ran; the first is trivial. */
  record Findings(
      BenchSettings settings,
      String date,
      long minutes,
      Map<String, String> machine,
      Map<String, Long> listData,
      List<LoadRun.Result> runs,
      SweepRun.Result sweep,
      List<String> notes) {

    /** The trivial endpoint's best throughput of the run: the ratios are against it. */
    double trivialThroughput() {
      return runs.stream()
          .filter(Report::isTrivial)
          .mapToDouble(LoadRun.Result::throughput)
          .max()
          .orElse(Double.NaN);
    }

    double ratio(LoadRun.Result result) {
      return result.throughput() / trivialThroughput();
    }

    /** The most CPU that processes outside the benchmark used in a measured window (percent). */
    double otherCpu() {
      double most = runs.stream().mapToDouble(r -> r.cpu().of(CpuMeter.OTHER)).max().orElse(0);
      return sweep == null || sweep.cpu() == null
          ? most
          : Math.max(most, sweep.cpu().of(CpuMeter.OTHER));
    }

    boolean goalsMet(LoadRun.Result result) {
      return ratio(result) >= BenchSettings.THROUGHPUT_GOAL
          && result.percentileMs(99) < BenchSettings.P99_GOAL_MS
          && result.errors() == 0;
    }

    boolean allGoalsMet() {
      return runs.stream().filter(Report::isGoal).allMatch(this::goalsMet)
          && sweep != null
          && sweep.goalMet();
    }
  }

  private Report() {}

  static boolean isTrivial(LoadRun.Result result) {
    return result.scenario().key().startsWith("trivial");
  }

  /** The endpoints the issue sets goals for (the others are the baseline or extra). */
  static boolean isGoal(LoadRun.Result result) {
    return result.scenario().key().equals("public-list")
        || result.scenario().key().equals("gallery");
  }

  /** CPU shares as one line: "Payara Micro 95 %, PostgreSQL … 40 %, …, load 7.9". */
  static String cpuLine(CpuMeter.Share share) {
    if (share == null) {
      return "–";
    }
    StringBuilder line = new StringBuilder();
    share
        .percent()
        .forEach(
            (who, p) ->
                line.append(who).append(' ').append(String.format(Locale.ROOT, "%.0f %%, ", p)));
    return line.append(String.format(Locale.ROOT, "load average %.1f", share.loadAverage()))
        .toString();
  }

  static void write(Findings findings, Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(NAME + ".md"), markdown(findings));
    Files.writeString(folder.resolve(NAME + ".csv"), csv(findings));
    Files.writeString(folder.resolve(NAME + ".svg"), svg(findings));
  }

  static String markdown(Findings f) {
    BenchSettings s = f.settings();
    StringBuilder md = new StringBuilder();
    md.append("# Contest API benchmark\n\n");
    md.append("Measured on ")
        .append(f.date())
        .append(" by `")
        .append(s.command())
        .append("` (the whole run took ")
        .append(f.minutes())
        .append(" min). ");
    md.append(
        "The goals come from the issue: with 10,000 contests and 200,000 entries, the public"
            + " contest list and the company's gallery page (50 entries) at 32 concurrent clients"
            + " reach at least 50 % of the throughput of a trivial endpoint on the same server in"
            + " the same run, with p99 below 100 ms; the deadline sweep over 10,000 due contests"
            + " finishes in under 10 s.\n\n");
    if (!s.isFullSize()) {
      md.append(
          "**A reduced trial run, not the benchmark:** the sizes or durations were made smaller"
              + " than the issue's (see Data and Settings).\n\n");
    }
    for (String note : f.notes()) {
      md.append("> ").append(note).append("\n");
    }
    if (f.otherCpu() > 10) {
      md.append(
          String.format(
              Locale.ROOT,
              "> Other processes on the machine used up to %.0f %% of its CPU during a measured"
                  + " window (see CPU below): the figures of this run are lower than a quiet"
                  + " machine's.%n",
              f.otherCpu()));
    }
    if (!f.notes().isEmpty()) {
      md.append('\n');
    }

    md.append("## Result\n\n");
    md.append("| goal | target | measured | met |\n|---|---|---|---|\n");
    for (LoadRun.Result r : f.runs()) {
      if (!isGoal(r)) {
        continue;
      }
      String label = r.scenario().label();
      md.append(
          row(
              label + ": throughput vs trivial",
              "≥ 50 %",
              pct(f.ratio(r))
                  + " ("
                  + num(r.throughput())
                  + " vs "
                  + num(f.trivialThroughput())
                  + " req/s)",
              yes(f.ratio(r) >= BenchSettings.THROUGHPUT_GOAL)));
      md.append(
          row(
              label + ": p99",
              "< 100 ms",
              ms(r.percentileMs(99)),
              yes(r.percentileMs(99) < BenchSettings.P99_GOAL_MS)));
      if (r.errors() > 0) {
        md.append(row(label + ": errors", "0", String.valueOf(r.errors()), yes(false)));
      }
    }
    if (f.sweep() != null) {
      SweepRun.Result w = f.sweep();
      md.append(
          row(
              "deadline sweep, " + num(w.set().contests()) + " due contests",
              "< 10 s",
              w.finished()
                  ? String.format(
                      Locale.ROOT,
                      "%.1f s (%s contests/s)",
                      w.seconds(),
                      num(w.contestsPerSecond()))
                  : "not finished: " + num(w.moved()) + " moved",
              yes(w.goalMet())));
    }
    md.append("\n![throughput and p99 per endpoint](").append(NAME).append(".svg)\n\n");

    md.append("## Endpoints\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%d clients in closed loops (each sends the next request when the answer is in). First"
                + " the server is warmed up (%d s of each endpoint, not measured); then each"
                + " endpoint gets %d s of warm-up and %d s measured, in this order. The list's page"
                + " and the gallery's contest and page are drawn at random for each request."
                + " Latency: from sending the request to the answer's last byte. Ratios are"
                + " against the trivial endpoint's better run.%n%n",
            s.clients(),
            s.serverWarmUpSeconds() / 3,
            s.warmUp().toSeconds(),
            s.measured().toSeconds()));
    md.append(
        "| endpoint | request | requests | req/s | vs trivial | p50 | p95 | p99 | max | errors |"
            + " mean answer |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (LoadRun.Result r : f.runs()) {
      md.append("| ")
          .append(r.scenario().label())
          .append(" | `")
          .append(r.scenario().path())
          .append("` | ")
          .append(num(r.requests()))
          .append(" | ")
          .append(num(r.throughput()))
          .append(" | ")
          .append(pct(f.ratio(r)))
          .append(" | ")
          .append(ms(r.percentileMs(50)))
          .append(" | ")
          .append(ms(r.percentileMs(95)))
          .append(" | ")
          .append(ms(r.percentileMs(99)))
          .append(" | ")
          .append(ms(r.maxMs()))
          .append(" | ")
          .append(r.errors())
          .append(" | ")
          .append(bytes(r.meanBytes()))
          .append(" |\n");
    }
    md.append('\n');
    for (LoadRun.Result r : f.runs()) {
      if (!r.scenario().note().isEmpty()) {
        md.append("- ").append(r.scenario().label()).append(": ").append(r.scenario().note());
        md.append('\n');
      }
      if (r.firstError() != null) {
        md.append("- ")
            .append(r.scenario().label())
            .append(", first error: `")
            .append(r.firstError().replace('`', '\'').replace('\n', ' '))
            .append("`\n");
      }
    }
    md.append('\n');

    md.append("### CPU during the measured windows\n\n");
    md.append(
        "Share of the machine's CPU (all "
            + Runtime.getRuntime().availableProcessors()
            + " cores = 100 %), from /proc; \"other\" is everything else on the machine, PostgreSQL's"
            + " background work included. Everything runs on this one machine, the load generator"
            + " too.\n\n");
    md.append("| window |");
    List<String> who =
        List.of(
            CpuMeter.MICRO, CpuMeter.POSTGRES, CpuMeter.GENERATOR, CpuMeter.BROKER, CpuMeter.OTHER);
    who.forEach(w -> md.append(' ').append(w).append(" |"));
    md.append(" load average (1 min) |\n|---|");
    who.forEach(w -> md.append("---:|"));
    md.append("---:|\n");
    for (LoadRun.Result r : f.runs()) {
      md.append(cpuRow(r.scenario().label(), r.cpu(), who));
    }
    if (f.sweep() != null && f.sweep().cpu() != null) {
      md.append(cpuRow("deadline sweep (T to the last)", f.sweep().cpu(), who));
    }
    md.append('\n');

    if (f.sweep() != null) {
      SweepRun.Result w = f.sweep();
      md.append("## Deadline sweep\n\n");
      md.append(
          String.format(
              Locale.ROOT,
              "%s contests in FINALIST_SELECTION with %s live entries each (%s entries, about half"
                  + " rated), on top of the data above; their deadline was set to one instant T a"
                  + " few seconds ahead while the app ran with `DEADLINE_SWEEP_SECONDS=1`. The"
                  + " database was polled every 100 ms.%n%n",
              num(w.set().contests()),
              num(s.sweepEntriesPerContest()),
              num(w.set().entries())));
      md.append("| measure | value |\n|---|---:|\n");
      md.append(row2("first contest in the final round (committed)", since(w.firstMoved(), w)));
      md.append(row2("**all contests in the final round (committed)**", since(w.allMoved(), w)));
      md.append(row2("contests per second (T to the last)", num(w.contestsPerSecond())));
      md.append(row2("first transition, by its event's time", since(w.firstEvent(), w)));
      md.append(row2("last transition, by its event's time", since(w.lastEvent(), w)));
      md.append(row2("first to last transition", sec(w.activeSeconds())));
      md.append(
          row2(
              "FINALISTS_CHOSEN events recorded by the listener",
              num(w.events()) + " of " + num(w.set().contests())));
      md.append(row2("last event recorded", since(w.lastRecorded(), w)));
      md.append(
          row2(
              "finalists recorded",
              num(w.finalists()) + " (expected " + num(w.set().expectedFinalists()) + ")"));
      md.append(row2("contests ended without entries (cancelled)", num(w.cancelled())));
      md.append('\n');
    }

    md.append("## Data\n\n");
    md.append(
        "Written with set-based SQL into the database `designcontest_bench` (recreated each run)"
            + " after the app had built the schema; then `VACUUM ANALYZE`. Most launched contests"
            + " are OPEN, the rest spread over the later stages, every deadline in the future;"
            + " each designer has two entries in a contest; 2 % of entries are withdrawn, 2 %"
            + " eliminated after the open round; the gallery contests have "
            + num(s.galleryEntries())
            + " entries each, the others share the rest.\n\n");
    md.append("| what | rows |\n|---|---:|\n");
    f.listData().forEach((k, v) -> md.append(row2(k, num(v))));
    md.append(
        row2("gallery contests (one company each, one API token each)", num(s.galleryContests())));
    md.append('\n');

    md.append("## Machine and versions\n\n| | |\n|---|---|\n");
    f.machine().forEach((k, v) -> md.append(row2(k, v)));
    md.append('\n');

    md.append("## Rerun\n\n```sh\n").append(s.command()).append("\n```\n\n");
    md.append(
        "It builds the app, recreates the database `designcontest_bench`, starts an OpenMQ broker"
            + " (port 37676) and Payara Micro with the app (port 38080, `DEADLINE_SWEEP_SECONDS=1`),"
            + " seeds, runs the load and the sweep, writes this file, `"
            + NAME
            + ".csv` and `"
            + NAME
            + ".svg`, and stops everything. Logs: `.bench/logs/`. Sizes and durations can be"
            + " changed for a quick trial (`BENCH_CONTESTS`, `BENCH_ENTRIES`, `BENCH_SECONDS`, …:"
            + " see `run.sh`); the report then says it is not the full benchmark.\n");
    return md.toString();
  }

  static String csv(Findings f) {
    StringBuilder csv = new StringBuilder();
    csv.append(
        "date,scenario,request,stand_in,clients,seconds,requests,errors,per_second,"
            + "ratio_vs_trivial,p50_ms,p95_ms,p99_ms,max_ms,goal,met\n");
    for (LoadRun.Result r : f.runs()) {
      boolean trivial = !isGoal(r);
      csv.append(
          String.join(
              ",",
              f.date(),
              r.scenario().key(),
              quote(r.scenario().path()),
              String.valueOf(!r.scenario().note().isEmpty()),
              String.valueOf(r.clients()),
              fixed(r.seconds(), 0),
              String.valueOf(r.requests()),
              String.valueOf(r.errors()),
              fixed(r.throughput(), 1),
              fixed(f.ratio(r), 3),
              fixed(r.percentileMs(50), 2),
              fixed(r.percentileMs(95), 2),
              fixed(r.percentileMs(99), 2),
              fixed(r.maxMs(), 2),
              trivial ? "" : "ratio>=0.5 and p99<100ms",
              trivial ? "" : String.valueOf(f.goalsMet(r))));
      csv.append('\n');
    }
    if (f.sweep() != null) {
      SweepRun.Result w = f.sweep();
      csv.append(
          String.join(
              ",",
              f.date(),
              "deadline-sweep",
              "",
              "false",
              "",
              fixed(w.seconds(), 2),
              String.valueOf(w.set().contests()),
              String.valueOf(w.set().contests() - w.moved() - w.cancelled()),
              fixed(w.contestsPerSecond(), 1),
              "",
              "",
              "",
              "",
              "",
              "seconds<10",
              String.valueOf(w.goalMet())));
      csv.append('\n');
    }
    return csv.toString();
  }

  /** Two bar panels: throughput (with the 50 %-of-trivial line) and p99 (with the 100 ms line). */
  static String svg(Findings f) {
    int plotWidth = Math.max(360, 88 * f.runs().size());
    int width = 2 * (plotWidth + 60) + 20;
    int height = 400;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n",
            width,
            height,
            width,
            height));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    svg.append(
        Svg.text(
            width / 2.0,
            22,
            "Contest API, " + f.settings().clients() + " clients, " + f.date(),
            "middle",
            "font-size=\"15\" font-weight=\"bold\""));
    List<LoadRun.Result> runs = f.runs();
    double[] throughput = runs.stream().mapToDouble(LoadRun.Result::throughput).toArray();
    double[] p99 = runs.stream().mapToDouble(r -> r.percentileMs(99)).toArray();
    boolean[] throughputMet = new boolean[runs.size()];
    boolean[] p99Met = new boolean[runs.size()];
    String[] labels = new String[runs.size()];
    for (int i = 0; i < runs.size(); i++) {
      LoadRun.Result r = runs.get(i);
      boolean trivial = !isGoal(r);
      throughputMet[i] = trivial || f.ratio(r) >= BenchSettings.THROUGHPUT_GOAL;
      p99Met[i] = trivial || p99[i] < BenchSettings.P99_GOAL_MS;
      labels[i] = r.scenario().label();
    }
    panel(
        svg,
        20,
        plotWidth,
        "Throughput (requests/s)",
        labels,
        throughput,
        throughputMet,
        runs,
        f.trivialThroughput() * BenchSettings.THROUGHPUT_GOAL,
        "goal: 50 % of trivial",
        "%.0f");
    panel(
        svg,
        80 + plotWidth,
        plotWidth,
        "p99 latency (ms)",
        labels,
        p99,
        p99Met,
        runs,
        BenchSettings.P99_GOAL_MS,
        "goal: < 100 ms",
        "%.1f");
    if (f.sweep() != null) {
      SweepRun.Result w = f.sweep();
      String caption =
          w.finished()
              ? String.format(
                  Locale.ROOT,
                  "Deadline sweep: %,d due contests in the final round after %.1f s (goal < 10 s): %s",
                  w.set().contests(),
                  w.seconds(),
                  w.goalMet() ? "met" : "NOT met")
              : "Deadline sweep: did not finish (" + w.moved() + " moved)";
      svg.append(Svg.text(width / 2.0, height - 12, caption, "middle", "font-size=\"13\""));
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void panel(
      StringBuilder svg,
      int left,
      int plotWidth,
      String title,
      String[] labels,
      double[] values,
      boolean[] met,
      List<LoadRun.Result> runs,
      double goal,
      String goalLabel,
      String format) {
    int top = 60;
    int plotHeight = 240;
    int x0 = left + 40;
    int bottom = top + plotHeight;
    double max = goal;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        max = Math.max(max, v);
      }
    }
    max = Svg.niceCeiling(max * 1.1);
    svg.append(Svg.text(x0 + plotWidth / 2.0, top - 22, title, "middle", "font-weight=\"bold\""));
    for (int i = 0; i <= 4; i++) {
      double value = max * i / 4;
      double y = bottom - plotHeight * i / 4.0;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
              x0,
              y,
              x0 + plotWidth,
              y));
      svg.append(
          Svg.text(
              x0 - 4, y + 4, String.format(Locale.ROOT, "%.0f", value), "end", "fill=\"#555\""));
    }
    int n = values.length;
    double slot = (double) plotWidth / n;
    double barWidth = slot * 0.6;
    for (int i = 0; i < n; i++) {
      double v = Double.isNaN(values[i]) ? 0 : values[i];
      double h = plotHeight * v / max;
      double x = x0 + slot * i + (slot - barWidth) / 2;
      String colour =
          isTrivial(runs.get(i))
              ? "#9e9e9e"
              : !isGoal(runs.get(i)) ? "#b0bec5" : met[i] ? "#2e7d32" : "#c62828";
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
              x,
              bottom - h,
              barWidth,
              h,
              colour));
      svg.append(
          Svg.text(
              x + barWidth / 2,
              bottom - h - 4,
              String.format(Locale.ROOT, format, v),
              "middle",
              ""));
      svg.append(Svg.text(x + barWidth / 2, bottom + 16, labels[i], "middle", "font-size=\"11\""));
    }
    double goalY = bottom - plotHeight * goal / max;
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#1565c0\""
                + " stroke-dasharray=\"6 4\" stroke-width=\"1.5\"/>%n",
            x0,
            goalY,
            x0 + plotWidth,
            goalY));
    // the goal's legend under the panel's title, clear of the bars
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#1565c0\""
                + " stroke-dasharray=\"6 4\" stroke-width=\"1.5\"/>%n",
            x0 + plotWidth - 150,
            top - 4,
            x0 + plotWidth - 126,
            top - 4));
    svg.append(Svg.text(x0 + plotWidth - 120, top, goalLabel, "start", "fill=\"#1565c0\""));
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
            x0,
            bottom,
            x0 + plotWidth,
            bottom));
  }

  private static String cpuRow(String window, CpuMeter.Share share, List<String> who) {
    StringBuilder row = new StringBuilder("| ").append(window).append(" |");
    for (String w : who) {
      row.append(String.format(Locale.ROOT, " %.0f %% |", share.of(w)));
    }
    return row.append(String.format(Locale.ROOT, " %.1f |%n", share.loadAverage())).toString();
  }

  private static String row(String goal, String target, String measured, String met) {
    return "| " + goal + " | " + target + " | " + measured + " | " + met + " |\n";
  }

  private static String row2(String what, String value) {
    return "| " + what + " | " + value + " |\n";
  }

  private static String since(long at, SweepRun.Result w) {
    return at < 0 ? "never" : String.format(Locale.ROOT, "T + %.2f s", (at - w.due()) / 1000.0);
  }

  private static String yes(boolean met) {
    return met ? "yes" : "**no**";
  }

  private static String num(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    return String.format(
        Locale.ROOT, value >= 100 || value == Math.rint(value) ? "%,.0f" : "%,.1f", value);
  }

  private static String pct(double ratio) {
    return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.0f %%", ratio * 100);
  }

  private static String ms(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f ms", value);
  }

  private static String sec(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f s", value);
  }

  private static String bytes(long value) {
    return value >= 10_000 ? String.format(Locale.ROOT, "%.1f KB", value / 1000.0) : value + " B";
  }

  private static String fixed(double value, int decimals) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  private static String quote(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
