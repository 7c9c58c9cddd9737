package org.designcontest.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A closed-loop load: N clients, each sends a request, waits for the whole answer, sends the next.
 * After a warm-up, every request that ends inside the measured window is counted and its latency
 * (send to last byte) kept; anything but a 200 is an error.
 */
final class LoadRun {

  /** What the clients call: a name for the report and a request for each turn. */
  record Scenario(
      String key, String label, String path, String note, Function<Random, HttpRequest> next) {}

  /** What one scenario measured. Latencies are sorted, in nanoseconds. */
  record Result(
      Scenario scenario,
      int clients,
      double seconds,
      long[] latencies,
      long errors,
      long bytes,
      String firstError,
      CpuMeter.Share cpu) {

    long requests() {
      return latencies.length;
    }

    double throughput() {
      return latencies.length / seconds;
    }

    /** Nearest-rank percentile in milliseconds (p in 0..100). */
    double percentileMs(double p) {
      if (latencies.length == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(p / 100.0 * latencies.length);
      return latencies[Math.max(0, Math.min(latencies.length - 1, rank - 1))] / 1e6;
    }

    double maxMs() {
      return latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1] / 1e6;
    }

    double meanMs() {
      return latencies.length == 0
          ? Double.NaN
          : Arrays.stream(latencies).average().orElse(0) / 1e6;
    }

    long meanBytes() {
      return latencies.length == 0 ? 0 : bytes / latencies.length;
    }
  }

  private final HttpClient http;
  private final CpuMeter cpu;

  LoadRun(HttpClient http, CpuMeter cpu) {
    this.http = http;
    this.cpu = cpu;
  }

  static HttpClient newClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  Result run(Scenario scenario, int clients, Duration warmUp, Duration measured)
      throws InterruptedException {
    long start = System.nanoTime() + Duration.ofMillis(200).toNanos();
    long from = start + warmUp.toNanos();
    long until = from + measured.toNanos();
    List<Client> all = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(clients);
    AtomicReference<String> firstError = new AtomicReference<>();
    for (int i = 0; i < clients; i++) {
      Client client = new Client(scenario, new Random(31L * i + 7), from, until, firstError, done);
      all.add(client);
      Thread thread = new Thread(client, "bench-client-" + i);
      thread.setDaemon(true);
      thread.start();
    }
    sleepUntil(from);
    CpuMeter.Snapshot first = cpu.take();
    sleepUntil(until);
    CpuMeter.Share share = cpu.between(first, cpu.take());
    done.await();
    int total = all.stream().mapToInt(c -> c.count).sum();
    long[] latencies = new long[total];
    int at = 0;
    long errors = 0;
    long bytes = 0;
    for (Client client : all) {
      System.arraycopy(client.latencies, 0, latencies, at, client.count);
      at += client.count;
      errors += client.errors;
      bytes += client.bytes;
    }
    Arrays.sort(latencies);
    return new Result(
        scenario,
        clients,
        measured.toNanos() / 1e9,
        latencies,
        errors,
        bytes,
        firstError.get(),
        share);
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left = nanoTime - System.nanoTime();
    if (left > 0) {
      Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    }
  }

  /** One closed-loop client. */
  private final class Client implements Runnable {
    private final Scenario scenario;
    private final Random random;
    private final long from;
    private final long until;
    private final AtomicReference<String> firstError;
    private final CountDownLatch done;
    long[] latencies = new long[4096];
    int count;
    long errors;
    long bytes;

    Client(
        Scenario scenario,
        Random random,
        long from,
        long until,
        AtomicReference<String> firstError,
        CountDownLatch done) {
      this.scenario = scenario;
      this.random = random;
      this.from = from;
      this.until = until;
      this.firstError = firstError;
      this.done = done;
    }

    @Override
    public void run() {
      try {
        while (System.nanoTime() < until) {
          HttpRequest request = scenario.next().apply(random);
          long sent = System.nanoTime();
          String error = null;
          int size = 0;
          try {
            HttpResponse<byte[]> response =
                http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            size = response.body().length;
            if (response.statusCode() != 200) {
              error =
                  response.statusCode()
                      + " from "
                      + request.uri()
                      + ": "
                      + new String(response.body(), 0, Math.min(size, 300));
            }
          } catch (IOException e) {
            error = e + " from " + request.uri();
          }
          long ended = System.nanoTime();
          if (sent < from || ended > until) {
            continue; // warm-up, or not finished inside the window
          }
          if (error != null) {
            errors++;
            firstError.compareAndSet(null, error);
            continue;
          }
          if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
          }
          latencies[count++] = ended - sent;
          bytes += size;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        done.countDown();
      }
    }
  }
}
