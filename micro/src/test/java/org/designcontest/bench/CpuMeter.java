package org.designcontest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Who used the machine's CPU during a measured window, from Linux's {@code /proc}: Payara Micro,
 * the PostgreSQL connections to the benchmark database, the load generator itself, the broker, and
 * everything else (other processes on the machine, PostgreSQL's own background work). On 2 cores
 * the load generator competes with the server, and anything else running shows here.
 */
final class CpuMeter {

  /** CPU shares in percent of the whole machine (all cores) over the window. */
  record Share(Map<String, Double> percent, double loadAverage) {

    double of(String who) {
      return percent.getOrDefault(who, 0.0);
    }
  }

  /** Ticks used so far: the machine's busy total and each of our processes' (by pid). */
  record Snapshot(long machineBusy, long machineTotal, Map<String, Map<Long, Long>> ours) {}

  static final String MICRO = "Payara Micro";
  static final String POSTGRES = "PostgreSQL (benchmark DB)";
  static final String GENERATOR = "load generator";
  static final String BROKER = "broker";
  static final String OTHER = "other";

  private final Map<String, Supplier<List<Long>>> processes = new LinkedHashMap<>();

  CpuMeter(long microPid, long brokerPid, Supplier<List<Long>> postgresPids) {
    processes.put(MICRO, () -> List.of(microPid));
    processes.put(POSTGRES, postgresPids);
    processes.put(GENERATOR, () -> List.of(ProcessHandle.current().pid()));
    processes.put(BROKER, () -> List.of(brokerPid));
  }

  /** A meter for the processes the script names (BENCH_MICRO_PID, BENCH_MQ_PID). */
  static CpuMeter fromEnvironment(Supplier<List<Long>> postgresPids) {
    return new CpuMeter(
        Long.parseLong(BenchSettings.env("BENCH_MICRO_PID", "-1")),
        Long.parseLong(BenchSettings.env("BENCH_MQ_PID", "-1")),
        postgresPids);
  }

  Snapshot take() {
    long[] machine = machineTicks();
    Map<String, Map<Long, Long>> ours = new LinkedHashMap<>();
    processes.forEach(
        (who, pids) -> {
          Map<Long, Long> ticks = new LinkedHashMap<>();
          pids.get().forEach(pid -> ticks.put(pid, processTicks(pid)));
          ours.put(who, ticks);
        });
    return new Snapshot(machine[0], machine[1], ours);
  }

  Share between(Snapshot start, Snapshot end) {
    double total = Math.max(1, end.machineTotal() - start.machineTotal());
    Map<String, Double> percent = new LinkedHashMap<>();
    double accounted = 0;
    for (String who : end.ours().keySet()) {
      Map<Long, Long> before = start.ours().getOrDefault(who, Map.of());
      double used = 0;
      for (Map.Entry<Long, Long> process : end.ours().get(who).entrySet()) {
        // a process that started inside the window counts from 0
        used += Math.max(0, process.getValue() - before.getOrDefault(process.getKey(), 0L));
      }
      percent.put(who, 100 * used / total);
      accounted += used;
    }
    double busy = end.machineBusy() - start.machineBusy();
    percent.put(OTHER, Math.max(0, 100 * (busy - accounted) / total));
    return new Share(percent, loadAverage());
  }

  /** Busy and total ticks of all cores, from the first line of /proc/stat. */
  private static long[] machineTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < Math.min(f.length, 9); i++) { // user … steal; guest is within user
        total += Long.parseLong(f[i]);
      }
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
      return new long[] {total - idle, total};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }

  /** User and system ticks of a process (all its threads); 0 when it is gone. */
  private static long processTicks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
