package org.designcontest.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Another Payara Micro running the same WAR beside the one Arquillian started: the same jar, JDBC
 * driver, post-boot commands and environment (inherited from this test JVM, which failsafe gave the
 * app's environment), so it shares the database, the broker and the media store, on its own HTTP
 * port. Its output goes to a log file under target/.
 */
public final class SecondInstance implements AutoCloseable {

  /** Payara Micro takes 40 to 90 s to boot here on two cores; give it room. */
  private static final Duration STARTUP = Duration.ofSeconds(300);

  private final Process process;
  private final Path log;
  private final URL deployment;
  private final Instant started = Instant.now();

  private SecondInstance(Process process, Path log, URL deployment) {
    this.process = process;
    this.log = log;
    this.deployment = deployment;
  }

  /**
   * Starts the app on the port, under the same context root as the first instance's deployment, and
   * waits until its own readiness checks are UP.
   */
  public static SecondInstance start(int port, URL first) {
    if (inUse(port)) {
      throw new IllegalStateException(
          "port " + port + " is taken: another Payara Micro left running?");
    }
    Path payara = Path.of(System.getProperty("payara.dir"));
    Path serverConfig = Path.of(System.getProperty("server-config.dir"));
    Path war = Path.of(System.getProperty("app.war"));
    Path target = war.getParent();
    Path log = target.resolve("second-instance.log");
    String contextRoot = first.getPath().replaceAll("^/+|/+$", "");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx768m",
            "-Djava.io.tmpdir=" + target,
            "-DDEADLINE_SWEEP_SECONDS=2",
            "-DDIGEST_SWEEP_SECONDS=2",
            "-jar",
            payara.resolve("payara-micro.jar").toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            contextRoot.isEmpty() ? "/" : contextRoot,
            "--port",
            String.valueOf(port),
            "--nocluster",
            "--disablephonehome",
            "--addlibs",
            payara.resolve("postgresql.jar").toString(),
            "--postbootcommandfile",
            serverConfig.resolve("resources.asadmin").toString());
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      URL deployment =
          URI.create(
                  "http://127.0.0.1:"
                      + port
                      + (contextRoot.isEmpty() ? "/" : "/" + contextRoot + "/"))
              .toURL();
      SecondInstance instance = new SecondInstance(process, log, deployment);
      // also when the test JVM is stopped: nothing is left running
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
      instance.awaitReady(port);
      return instance;
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the app runs on this instance, for {@link Http}. */
  public URL deployment() {
    return deployment;
  }

  /**
   * Ready when the app's own checks answer UP: while Micro boots, /health/ready already says 200
   * with no checks, before the app is deployed (see docs/benchmarks/run.sh).
   */
  private void awaitReady(int port) {
    Http http = new Http(deployment);
    URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
    try {
      Awaitility.await()
          .alias("the second instance ready (log: " + log + ")")
          .atMost(STARTUP)
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () -> {
                if (!process.isAlive()) {
                  throw new IllegalStateException(
                      "the second instance exited with " + process.exitValue() + ": " + tail());
                }
                try {
                  HttpResponse<String> answer = http.get(ready);
                  return answer.statusCode() == 200
                      && answer.body().contains("\"database\"")
                      && answer.body().contains("\"broker\"");
                } catch (UncheckedIOException notListeningYet) {
                  return false;
                }
              });
    } catch (ConditionTimeoutException e) {
      close();
      throw new IllegalStateException("the second instance did not become ready: " + tail(), e);
    }
    System.out.println(
        "second Payara Micro ready on port "
            + port
            + " after "
            + Duration.between(started, Instant.now()).toSeconds()
            + " s (log: "
            + log
            + ")");
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static boolean inUse(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
