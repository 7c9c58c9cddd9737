package org.designcontest.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenMQ broker for the integration tests, run from the distribution the build unpacked. The
 * java process is started directly (not through imqbrokerd, which does not pass SIGTERM on), so
 * that stopping it stops the broker. Tests may stop and start it to see the app notice.
 */
public final class OpenMqBroker {

  private static Process process;

  /** Whether the broker ran in this test run already (then its messages are this run's). */
  private static boolean startedBefore;

  private OpenMqBroker() {}

  public static synchronized void start() {
    if (process != null && process.isAlive()) {
      return;
    }
    Path home = Path.of(System.getProperty("openmq.home"));
    Path varhome = Path.of(System.getProperty("openmq.varhome"));
    String port = port();
    Path lib = home.resolve("lib");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m",
                "-Xmx256m",
                "-cp",
                lib.resolve("imqbroker.jar") + File.pathSeparator + lib.resolve("imqutil.jar"),
                "-Dimq.home=" + home,
                "-Dimq.varhome=" + varhome,
                "-Dimq.etchome=" + home.resolve("etc"),
                "-Dimq.libhome=" + lib,
                "com.sun.messaging.jmq.jmsserver.Broker",
                "-name",
                "designcontest-it",
                "-port",
                port,
                "-Dimq.hostname=127.0.0.1",
                "-tty"));
    if (!startedBefore) { // messages left by an earlier run would refer to a database that is gone
      command.addAll(List.of("-reset", "messages"));
      startedBefore = true;
    }
    try {
      varhome.toFile().mkdirs();
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(varhome.resolve("broker.log").toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the OpenMQ broker", e);
    }
    awaitListening(Integer.parseInt(port), Duration.ofSeconds(60));
    System.out.println("OpenMQ broker started on port " + port + " (pid " + process.pid() + ")");
  }

  public static synchronized void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.out.println("OpenMQ broker stopped");
    process = null;
  }

  public static String port() {
    return System.getProperty("openmq.port");
  }

  private static void awaitListening(int port, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the OpenMQ broker exited: see its broker.log");
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(200); // polling a port before any test runs; Awaitility is for the tests
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    throw new IllegalStateException("the OpenMQ broker did not listen on port " + port);
  }
}
