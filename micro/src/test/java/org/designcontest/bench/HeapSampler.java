package org.designcontest.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Samples a JVM's heap every second with {@code jstat -gc PID 1000}. */
final class HeapSampler {
  /** One {@code jstat -gc} line: seconds since {@link #zero}, heap used, old generation, GCs. */
  record Heap(
      double at, double usedMb, double oldMb, double committedMb, long youngGcs, long fullGcs) {}

  private final long pid;
  private final List<Heap> samples = new CopyOnWriteArrayList<>();
  private final long created = System.nanoTime();
  private volatile long zero = created;
  private Process jstat;

  HeapSampler(long pid) {
    this.pid = pid;
  }

  void start() throws IOException {
    jstat =
        new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "1000")
            .redirectErrorStream(true)
            .start();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                List<String> header = null;
                String line;
                while ((line = lines.readLine()) != null) {
                  String[] f = line.trim().split("\\s+");
                  if (f.length > 0 && f[0].equals("S0C")) {
                    header = List.of(f);
                    continue;
                  }
                  if (header == null || f.length != header.size()) {
                    continue;
                  }
                  double at = (System.nanoTime() - zero) / 1e9;
                  samples.add(heap(at, header, f));
                }
              } catch (IOException | RuntimeException e) {
                System.out.printf("[heap] sampler stopped: %s%n", e);
              }
            },
            "heap-sampler");
    reader.setDaemon(true);
    reader.start();
  }

  private static Heap heap(double at, List<String> header, String[] f) {
    java.util.function.ToDoubleFunction<String> kb =
        name -> Double.parseDouble(f[header.indexOf(name)].replace(',', '.'));
    double used =
        kb.applyAsDouble("S0U")
            + kb.applyAsDouble("S1U")
            + kb.applyAsDouble("EU")
            + kb.applyAsDouble("OU");
    double committed =
        kb.applyAsDouble("S0C")
            + kb.applyAsDouble("S1C")
            + kb.applyAsDouble("EC")
            + kb.applyAsDouble("OC");
    return new Heap(
        at,
        used / 1024,
        kb.applyAsDouble("OU") / 1024,
        committed / 1024,
        (long) kb.applyAsDouble("YGC"),
        (long) kb.applyAsDouble("FGC"));
  }

  /** Times from now on count from {@code t0}; earlier samples are moved to match. */
  void zero(long t0) {
    double shift = (t0 - zero) / 1e9;
    zero = t0;
    List<Heap> moved =
        samples.stream()
            .map(
                h ->
                    new Heap(
                        h.at() - shift,
                        h.usedMb(),
                        h.oldMb(),
                        h.committedMb(),
                        h.youngGcs(),
                        h.fullGcs()))
            .toList();
    samples.clear();
    samples.addAll(moved);
  }

  Heap latest() {
    return samples.isEmpty() ? null : samples.get(samples.size() - 1);
  }

  List<Heap> samples() {
    return List.copyOf(samples);
  }

  void stop() {
    if (jstat != null) {
      jstat.destroy();
    }
  }
}
