package org.designcontest.it.support;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * One open page's WebSocket on {@code /live}, as a browser holds it: a real client (java.net.http)
 * authenticated by a bearer token, which keeps every text frame it hears so that a test can wait
 * for one or check that one never came.
 */
public final class LivePage implements AutoCloseable {

  /** How long a test waits for a frame that should come. */
  public static final Duration PATIENCE = Duration.ofSeconds(20);

  private final String name;
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final StringBuilder partial = new StringBuilder();
  private volatile Integer closedWith;
  private final WebSocket socket;

  private LivePage(String name, URI live, String bearer) {
    this.name = name;
    WebSocket.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(10));
    if (bearer != null) {
      builder.header("Authorization", bearer);
    }
    socket = builder.buildAsync(live, new Listener()).join();
  }

  /** Opens a page's socket at the app's {@code live} endpoint ({@code http} base of the app). */
  public static LivePage open(String name, Http http, String bearer) {
    return new LivePage(name, liveUri(http), bearer);
  }

  public static URI liveUri(Http http) {
    return URI.create(http.app("live").toString().replaceFirst("^http", "ws"));
  }

  /** Sends a text frame as the page's script would. */
  public void send(String text) {
    socket.sendText(text, true).join();
  }

  /** Sends a JSON frame. */
  public void send(JsonObject frame) {
    send(frame.toString());
  }

  /** Every frame heard so far that is a JSON object, oldest first. */
  public List<JsonObject> frames() {
    return heard.stream().map(LivePage::parse).filter(f -> f != null).toList();
  }

  /** The frames of a type heard so far, oldest first. */
  public List<JsonObject> frames(String type) {
    return frames().stream().filter(f -> type.equals(f.getString("type", null))).toList();
  }

  /** The chat messages heard so far for a conversation, in the order heard. */
  public List<JsonObject> messagesOf(long conversation) {
    return frames("message").stream()
        .filter(f -> f.getJsonNumber("conversationId").longValue() == conversation)
        .map(f -> f.getJsonObject("message"))
        .toList();
  }

  /** Waits for the first frame (heard before or later) that matches, and returns it. */
  public JsonObject await(String what, Predicate<JsonObject> matches) {
    return Awaitility.await()
        .alias(name + " hears " + what)
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> frames().stream().filter(matches).findFirst(), found -> found.isPresent())
        .orElseThrow();
  }

  /** Waits for the chat message with this client key (as a {@code message} frame). */
  public JsonObject awaitMessage(String clientKey) {
    return await(
        "the message " + clientKey,
        f ->
            "message".equals(f.getString("type", null))
                && clientKey.equals(f.getJsonObject("message").getString("clientKey", null)));
  }

  /** Waits for the error frame with this ref (a client key, or null for none). */
  public JsonObject awaitError(String ref) {
    return await(
        "an error frame for " + ref,
        f ->
            "error".equals(f.getString("type", null))
                && (ref == null
                    ? !f.containsKey("ref") || f.isNull("ref")
                    : ref.equals(f.getString("ref", null))));
  }

  /** Waits until the server closed this socket; returns the close code. */
  public int awaitClosed() {
    Awaitility.await()
        .alias(name + " closed by the server")
        .atMost(PATIENCE)
        .until(() -> closedWith != null);
    return closedWith;
  }

  /** The close code the server sent, or null while open. */
  public Integer closedWith() {
    return closedWith;
  }

  /** Every text frame heard so far, as text (also those that are not JSON). */
  public List<String> heard() {
    return List.copyOf(heard);
  }

  @Override
  public void close() {
    if (closedWith == null && !socket.isOutputClosed()) {
      try {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
      } catch (RuntimeException e) { // already gone: nothing to close
        socket.abort();
      }
    }
  }

  @Override
  public String toString() {
    return name + " " + heard;
  }

  private static JsonObject parse(String text) {
    try {
      JsonValue value = Json.createReader(new StringReader(text)).readValue();
      return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    } catch (JsonException e) {
      return null;
    }
  }

  private final class Listener implements WebSocket.Listener {

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      synchronized (partial) {
        partial.append(data);
        if (last) {
          heard.add(partial.toString());
          partial.setLength(0);
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
      closedWith = status;
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      if (closedWith == null) {
        closedWith = -1;
      }
    }
  }
}
