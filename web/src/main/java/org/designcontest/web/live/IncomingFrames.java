package org.designcontest.web.live;

import static org.designcontest.web.api.JsonFields.optionalString;
import static org.designcontest.web.api.JsonFields.requiredId;
import static org.designcontest.web.api.JsonFields.requiredString;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response.Status;
import java.io.StringReader;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.designcontest.chat.boundary.Conversations;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.web.api.problem.BusinessExceptionMapper;

/**
 * What a page says on its live socket (docs/chat.md): {@code send} a chat message, {@code read} up
 * to a message. Parsed here, carried out by the chat service as the socket's caller; a refused or
 * malformed frame gets an {@code error} frame back and changes nothing.
 */
@ApplicationScoped
public class IncomingFrames {

  private static final Logger LOG = Logger.getLogger(IncomingFrames.class.getName());

  private static final JsonReaderFactory READER = Json.createReaderFactory(Map.of());
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  @Inject Conversations conversations;

  /** Carries out the frame; the error frame to answer with, if it was refused. */
  Optional<String> handle(Principal principal, String text) {
    String ref = null;
    try {
      JsonObject frame = parse(text);
      ref = optionalString(frame, "clientKey");
      switch (requiredString(frame, "type")) {
        case "send" ->
            conversations.sendAs(
                principal, requiredId(frame, "conversationId"), optionalString(frame, "body"), ref);
        case "read" ->
            conversations.readAs(
                principal, requiredId(frame, "conversationId"), requiredId(frame, "upTo"));
        default -> throw new InvalidFieldException("type", "Send a frame of type send or read.");
      }
      return Optional.empty();
    } catch (BusinessException e) {
      return Optional.of(error(ref, BusinessExceptionMapper.statusOf(e), e));
    } catch (RuntimeException e) { // not the frame's fault: said once in the log, with an id
      String logged = ref;
      LOG.warning(() -> "live frame failed: ref=" + logged + ": " + e);
      return Optional.of(
          JSON.createObjectBuilder()
              .add("type", "error")
              .add("status", 500)
              .add("detail", "Something went wrong; try again.")
              .build()
              .toString());
    }
  }

  private static JsonObject parse(String text) {
    try {
      JsonValue value = READER.createReader(new StringReader(text)).readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidFieldException("frame", "Send a JSON object.");
      }
      return value.asJsonObject();
    } catch (JsonException e) {
      throw new InvalidFieldException("frame", "Send a JSON object.");
    }
  }

  private static String error(String ref, Status status, BusinessException e) {
    JsonObjectBuilder error =
        JSON.createObjectBuilder()
            .add("type", "error")
            .add("status", status.getStatusCode())
            .add("detail", e.getMessage());
    if (ref != null) {
      error.add("ref", ref);
    } else {
      error.addNull("ref");
    }
    if (e instanceof InvalidFieldException invalid) {
      error.add("field", invalid.field());
    }
    return error.build().toString();
  }
}
