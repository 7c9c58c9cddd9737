package org.designcontest.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One phase of the chat benchmark: {@code 2 × conversations} WebSocket clients (in each
 * conversation, client {@code 2k} is the company's side and {@code 2k + 1} the designer), an
 * open-loop schedule of {@code rate} {@code send} frames a second spread evenly over the
 * conversations and both sides (each conversation in turn, in a shuffled order, the sides taking
 * turns), then a drain. Each frame's clientKey is remembered with the time the frame was handed to
 * the socket; a frame that comes back with that clientKey is matched to it on the same JVM clock.
 *
 * <p>Delivered: for the chat, the {@code message} frame on the OTHER participant's socket; for the
 * echo endpoint, the echo on the sender's socket. For the chat the sender's own socket also gets
 * the {@code message} frame (every page of both sides does): kept as "to the sender".
 */
final class ChatLoad {

  /** The drain ends early when nothing has arrived for this long. */
  static final int DRAIN_IDLE_SECONDS = 10;

  private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"(\\w+)\"");
  private static final Pattern CLIENT_KEY =
      Pattern.compile("\"clientKey\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
  private static final Pattern REF = Pattern.compile("\"ref\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

  /** Where the clients connect and what they send. */
  record Target(String name, URI uri, boolean echo, List<String> tokens, long[] conversationIds) {}

  /** What a phase measured; times in nanoseconds of {@link System#nanoTime()}. */
  record Outcome(
      Target target,
      int clients,
      double connectSeconds,
      long[] connectNanos,
      int rate,
      long warmUpStart,
      double warmUpDrainSeconds,
      long measuredStart,
      long measuredEnd,
      long drainEnd,
      long[] due,
      long[] called,
      long[] sent,
      long[] delivered,
      long[] toSender,
      int[] senderOf,
      long sendFailures,
      long duplicates,
      long strays,
      long errorFrames,
      String firstError,
      Map<String, Long> otherFrames,
      List<String> closes,
      CpuMeter.Share cpu) {

    /** Indexes of the messages due inside the measured window. */
    int[] measured() {
      return java.util.stream.IntStream.range(0, due.length)
          .filter(i -> due[i] >= measuredStart && due[i] < measuredEnd)
          .toArray();
    }

    double seconds() {
      return (measuredEnd - measuredStart) / 1e9;
    }

    /**
     * Sorted latencies (ns) of the given messages that arrived, by {@code arrivals}: from the time
     * the schedule said to send (the person pressed "send"), so that a frame that waited in the
     * client behind its socket's previous one counts that wait too.
     */
    long[] latencies(int[] which, long[] arrivals) {
      return Arrays.stream(which)
          .filter(i -> sent[i] != 0 && arrivals[i] != 0)
          .mapToLong(i -> arrivals[i] - due[i])
          .sorted()
          .toArray();
    }

    long count(int[] which, long[] values) {
      return Arrays.stream(which).filter(i -> values[i] != 0).count();
    }

    /** Handed to a socket but never delivered (after the drain). */
    long lost(int[] which) {
      return Arrays.stream(which).filter(i -> sent[i] != 0 && delivered[i] == 0).count();
    }

    /** How late the schedule itself was (ns, sorted): the generator's own lag. */
    long[] scheduleLag(int[] which) {
      return Arrays.stream(which)
          .filter(i -> called[i] != 0)
          .mapToLong(i -> called[i] - due[i])
          .sorted()
          .toArray();
    }

    /**
     * How late frames were handed to their sockets (ns, sorted): the schedule's lag plus any wait
     * behind the socket's previous frame (a send completes once the frame is written).
     */
    long[] lag(int[] which) {
      return Arrays.stream(which)
          .filter(i -> sent[i] != 0)
          .mapToLong(i -> sent[i] - due[i])
          .sorted()
          .toArray();
    }
  }

  private final HttpClient http;
  private final ExecutorService callbacks;

  ChatLoad() {
    // the clients' callbacks on a few threads: the generator shares the 2 cores with the server
    callbacks = Executors.newFixedThreadPool(4, daemon("ws-client"));
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(20))
            .executor(callbacks)
            .build();
  }

  /** Runs one phase: connect, warm up, measure, drain, close. */
  Outcome run(
      Target target,
      int rate,
      int warmUpSeconds,
      int measuredSeconds,
      int drainSeconds,
      CpuMeter cpuMeter,
      Runnable duringMeasured)
      throws Exception {
    int conversations = target.conversationIds().length;
    int clients = 2 * conversations;
    int total = rate * (warmUpSeconds + measuredSeconds);
    long[] due = new long[total];
    long[] called = new long[total];
    AtomicLongArray sent = new AtomicLongArray(total);
    AtomicLongArray delivered = new AtomicLongArray(total);
    AtomicLongArray toSender = new AtomicLongArray(total);
    int[] senderOf = new int[total];
    int[] receiverOf = new int[total];
    Map<String, Integer> keys = new ConcurrentHashMap<>(total * 2);
    LongAdder duplicates = new LongAdder();
    LongAdder strays = new LongAdder();
    LongAdder errorFrames = new LongAdder();
    LongAdder sendFailures = new LongAdder();
    Map<String, LongAdder> otherFrames = new ConcurrentHashMap<>();
    List<String> closes = Collections.synchronizedList(new ArrayList<>());
    String[] firstError = {null};

    // who sends what: conversation k in a shuffled order, the sides taking turns
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < conversations; k++) {
      order.add(k);
    }
    Collections.shuffle(order, new Random(42));
    String[] frames = new String[total];
    for (int i = 0; i < total; i++) {
      int k = order.get(i % conversations);
      int side = (i / conversations + k) % 2;
      senderOf[i] = 2 * k + side;
      receiverOf[i] = target.echo() ? senderOf[i] : 2 * k + 1 - side;
      String key = UUID.randomUUID().toString();
      keys.put(key, i);
      frames[i] =
          "{\"type\":\"send\",\"conversationId\":"
              + target.conversationIds()[k]
              + ",\"body\":\"Benchmark message "
              + i
              + " from the "
              + (side == 0 ? "company" : "designer")
              + ": does the new variant of the mark work in one colour?\",\"clientKey\":\""
              + key
              + "\"}";
    }

    // connect everyone, a few handshakes at a time
    Client[] all = new Client[clients];
    long[] connectNanos = new long[clients];
    Semaphore handshakes = new Semaphore(16);
    List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
    long connectStart = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int index = c;
      Client client =
          new Client(
              index,
              (text, at) -> {
                Matcher type = TYPE.matcher(text);
                String kind = type.find() ? type.group(1) : "?";
                if (target.echo() || kind.equals("message")) {
                  Matcher key = CLIENT_KEY.matcher(text);
                  Integer i = key.find() ? keys.get(key.group(1)) : null;
                  if (i == null) {
                    strays.increment();
                  } else if (index == receiverOf[i]) {
                    if (!delivered.compareAndSet(i, 0, at)) {
                      duplicates.increment();
                    }
                  } else if (index == senderOf[i]) {
                    toSender.compareAndSet(i, 0, at);
                  } else {
                    strays.increment();
                  }
                } else if (kind.equals("error")) {
                  errorFrames.increment();
                  synchronized (firstError) {
                    if (firstError[0] == null) {
                      firstError[0] = text;
                    }
                  }
                  Matcher ref = REF.matcher(text);
                  if (ref.find() && keys.containsKey(ref.group(1))) {
                    // a send refused: nothing stored, so it also shows as lost
                    otherFrames
                        .computeIfAbsent("error (a send refused)", x -> new LongAdder())
                        .increment();
                  }
                } else {
                  otherFrames.computeIfAbsent(kind, x -> new LongAdder()).increment();
                }
              },
              closes);
      all[c] = client;
      handshakes.acquire();
      long started = System.nanoTime();
      WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30));
      if (target.tokens() != null) {
        builder.header("Authorization", "Bearer " + target.tokens().get(c));
      }
      opening.add(
          builder
              .buildAsync(target.uri(), client)
              .whenComplete(
                  (ws, e) -> {
                    handshakes.release();
                    connectNanos[index] = System.nanoTime() - started;
                  }));
    }
    for (int c = 0; c < clients; c++) {
      try {
        all[c].ws = opening.get(c).get(60, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        Throwable cause = e.getCause();
        String detail =
            cause instanceof WebSocketHandshakeException h
                ? "status " + h.getResponse().statusCode() + ": " + h.getResponse().body()
                : String.valueOf(cause);
        throw new IllegalStateException(
            target.name()
                + ": client "
                + c
                + " could not connect to "
                + target.uri()
                + ": "
                + detail,
            cause);
      }
    }
    double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
    Arrays.sort(connectNanos);
    progress(
        "%s: %d sockets open in %.1f s (handshake p50 %.0f ms, max %.0f ms)",
        target.name(),
        clients,
        connectSeconds,
        connectNanos[clients / 2] / 1e6,
        connectNanos[clients - 1] / 1e6);
    Thread.sleep(2_000); // the handshakes' work is over before the schedule starts

    // the schedule: open loop, frame i due at start + i / rate; first the warm-up, then (once the
    // warm-up's frames have arrived) the measured window, on a schedule of its own
    long interval = 1_000_000_000L / rate;
    int warmUpFrames = rate * warmUpSeconds;
    long start = System.nanoTime() + 100_000_000L;
    for (int i = 0; i < warmUpFrames; i++) {
      due[i] = start + i * interval;
    }
    int reported = -1;
    for (int i = 0; i < warmUpFrames; i++) {
      pace(due[i]);
      called[i] = System.nanoTime();
      all[senderOf[i]].send(i, frames[i], sent, sendFailures);
      int second = (int) ((due[i] - start) / 1_000_000_000L);
      if (second % 10 == 0 && second != reported) {
        reported = second;
        progress("%s: warm-up %3d s, %,d sent", target.name(), second, i);
      }
    }
    long warmUpEnd = System.nanoTime();
    drain(0, warmUpFrames, sent, delivered, drainSeconds);
    double warmUpDrain = (System.nanoTime() - warmUpEnd) / 1e9;
    progress(
        "%s: warm-up's %,d frames: %,d arrived %.1f s after its end",
        target.name(), warmUpFrames, countSet(delivered, warmUpFrames), warmUpDrain);
    Thread.sleep(1_000);

    long measuredStart = System.nanoTime() + 100_000_000L;
    long measuredEnd = measuredStart + measuredSeconds * 1_000_000_000L;
    for (int i = warmUpFrames; i < total; i++) {
      due[i] = measuredStart + (i - warmUpFrames) * interval;
    }
    CpuMeter.Snapshot cpuStart = null;
    reported = -1;
    for (int i = warmUpFrames; i < total; i++) {
      pace(due[i]);
      if (cpuStart == null) {
        cpuStart = cpuMeter.take();
        progress("%s: measuring %d s…", target.name(), measuredSeconds);
        if (duringMeasured != null) {
          Thread hook = new Thread(duringMeasured, "during-measured");
          hook.setDaemon(true);
          hook.start();
        }
      }
      called[i] = System.nanoTime();
      all[senderOf[i]].send(i, frames[i], sent, sendFailures);
      int second = (int) ((due[i] - measuredStart) / 1_000_000_000L);
      if (second % 10 == 0 && second != reported) {
        reported = second;
        progress(
            "%s: %3d s, %,d sent, %,d delivered",
            target.name(),
            second,
            i - warmUpFrames,
            countSet(delivered, i) - countSet(delivered, warmUpFrames));
      }
    }
    CpuMeter.Snapshot cpuEnd = cpuMeter.take();
    drain(warmUpFrames, total, sent, delivered, drainSeconds);
    long drainEnd = System.nanoTime();
    Thread.sleep(target.echo() ? 200 : 1_000); // late duplicates would come now
    for (Client client : all) {
      client.close();
    }

    Map<String, Long> others = new java.util.TreeMap<>();
    otherFrames.forEach((k, v) -> others.put(k, v.sum()));
    return new Outcome(
        target,
        clients,
        connectSeconds,
        connectNanos,
        rate,
        start,
        warmUpDrain,
        measuredStart,
        measuredEnd,
        drainEnd,
        due,
        called,
        toArray(sent),
        toArray(delivered),
        toArray(toSender),
        senderOf,
        sendFailures.sum(),
        duplicates.sum(),
        strays.sum(),
        errorFrames.sum(),
        firstError[0],
        others,
        List.copyOf(closes),
        cpuMeter.between(cpuStart, cpuEnd));
  }

  void close() {
    callbacks.shutdownNow();
  }

  private static void pace(long due) {
    long wait;
    while ((wait = due - System.nanoTime()) > 0) {
      LockSupport.parkNanos(wait);
    }
  }

  /**
   * Waits until frames [from, to) handed to a socket have all arrived, or nothing more has arrived
   * for DRAIN_IDLE_SECONDS, or the time is up.
   */
  private static void drain(
      int from, int to, AtomicLongArray sent, AtomicLongArray delivered, int seconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    long arrivedBefore = -1;
    long lastProgress = System.nanoTime();
    while (System.nanoTime() < deadline) {
      long handed = 0;
      long arrived = 0;
      for (int i = from; i < to; i++) {
        if (sent.get(i) != 0) {
          handed++;
          if (delivered.get(i) != 0) {
            arrived++;
          }
        }
      }
      if (arrived == handed) {
        return;
      }
      if (arrived != arrivedBefore) {
        arrivedBefore = arrived;
        lastProgress = System.nanoTime();
      } else if (System.nanoTime() - lastProgress > DRAIN_IDLE_SECONDS * 1_000_000_000L) {
        return;
      }
      Thread.sleep(100);
    }
  }

  private static long countSet(AtomicLongArray values, int upTo) {
    long n = 0;
    for (int i = 0; i < upTo; i++) {
      if (values.get(i) != 0) {
        n++;
      }
    }
    return n;
  }

  private static long[] toArray(AtomicLongArray values) {
    long[] copy = new long[values.length()];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = values.get(i);
    }
    return copy;
  }

  /** What a client does with a whole text frame, and when it arrived. */
  interface Frames {
    void received(String text, long at);
  }

  /** One WebSocket client: whole text frames to {@link Frames}, its sends one after the other. */
  private static final class Client implements WebSocket.Listener {
    private final int index;
    private final Frames frames;
    private final List<String> closes;
    private final StringBuilder partial = new StringBuilder();
    volatile WebSocket ws;
    private volatile boolean closing;
    private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

    Client(int index, Frames frames, List<String> closes) {
      this.index = index;
      this.frames = frames;
      this.closes = closes;
    }

    /** Hands the frame to the socket after the previous one (one send at a time per socket). */
    synchronized void send(int i, String frame, AtomicLongArray sent, LongAdder failures) {
      last =
          last.handle((x, e) -> null)
              .thenCompose(
                  x -> {
                    sent.set(i, System.nanoTime());
                    return ws.sendText(frame, true);
                  })
              .whenComplete(
                  (x, e) -> {
                    if (e != null) {
                      failures.increment();
                      sent.set(i, 0); // never handed over: not counted as sent, nor as lost
                    }
                  });
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean whole) {
      long at = System.nanoTime();
      if (!whole) {
        partial.append(data);
      } else if (partial.isEmpty()) {
        frames.received(data.toString(), at);
      } else {
        partial.append(data);
        frames.received(partial.toString(), at);
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      if (!closing) {
        closes.add("client " + index + ": closed " + statusCode + " " + reason);
      }
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      if (!closing) {
        closes.add("client " + index + ": error " + error);
      }
    }

    void close() {
      closing = true;
      WebSocket socket = ws;
      if (socket != null && !socket.isOutputClosed()) {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  static void progress(String format, Object... args) {
    System.out.printf("[chat] " + format + "%n", args);
  }
}
