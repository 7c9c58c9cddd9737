package org.designcontest.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one benchmark run does, read from the environment ({@code docs/benchmarks/run.sh} sets it).
 * The defaults are the sizes and goals of the issue; smaller values make a quick trial run, which
 * the report then marks as not the full benchmark.
 */
record BenchSettings(
    String baseUrl,
    String jdbcUrl,
    String dbUser,
    String dbPassword,
    int contests,
    int entries,
    int galleryContests,
    int galleryEntries,
    int companies,
    int designers,
    int sweepContests,
    int sweepEntriesPerContest,
    int clients,
    int serverWarmUpSeconds,
    Duration warmUp,
    Duration measured,
    Path outputFolder,
    String command) {

  /** The goals. */
  static final double THROUGHPUT_GOAL = 0.5;

  static final double P99_GOAL_MS = 100;
  static final double SWEEP_GOAL_SECONDS = 10;

  static BenchSettings fromEnvironment() {
    String dbHost = env("DB_HOST", "127.0.0.1");
    String dbPort = env("DB_PORT", "5432");
    String dbName = env("DB_NAME", "designcontest_bench");
    return new BenchSettings(
        "http://127.0.0.1:" + env("HTTP_PORT", "38080"),
        "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + dbName,
        env("DB_USER", "designcontest"),
        env("DB_PASSWORD", "designcontest"),
        number("BENCH_CONTESTS", 10_000),
        number("BENCH_ENTRIES", 200_000),
        number("BENCH_GALLERY_CONTESTS", 20),
        number("BENCH_GALLERY_ENTRIES", 1_000),
        number("BENCH_COMPANIES", 500),
        number("BENCH_DESIGNERS", 5_000),
        number("BENCH_SWEEP_CONTESTS", 10_000),
        number("BENCH_SWEEP_ENTRIES", 20),
        number("BENCH_CLIENTS", 32),
        number("BENCH_SERVER_WARMUP_SECONDS", 45),
        Duration.ofSeconds(number("BENCH_WARMUP_SECONDS", 10)),
        Duration.ofSeconds(number("BENCH_SECONDS", 30)),
        Path.of(env("BENCH_OUT", "docs/benchmarks")),
        env("BENCH_COMMAND", "bash docs/benchmarks/run.sh"));
  }

  /** Whether this run has the sizes; a smaller one is only a trial of the harness. */
  boolean isFullSize() {
    return contests >= 10_000
        && entries >= 200_000
        && sweepContests >= 10_000
        && sweepEntriesPerContest >= 20
        && clients == 32
        && measured.toSeconds() >= 30;
  }

  /** Entries of the contests that are not gallery contests. */
  int otherEntries() {
    return Math.max(0, entries - galleryContests * galleryEntries);
  }

  private static int number(String name, int fallback) {
    return Integer.parseInt(env(name, String.valueOf(fallback)));
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
