package org.designcontest.web.api.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not the JSON we expect (missing, broken syntax, a word where a number belongs):
 * 400 naming the property when the parser says which one, otherwise "body".
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

  @Override
  public Response toResponse(ProcessingException e) {
    return problemFor(e).orElseGet(() -> new UnexpectedErrorMapper().toResponse(e));
  }

  /** A 400 problem if the cause of {@code e} is a body we could not read, else nothing. */
  static Optional<Response> problemFor(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException || cause instanceof JsonException) {
        Matcher property = PROPERTY.matcher(String.valueOf(cause.getMessage()));
        return Optional.of(property.find() ? wrongType(property.group(1)) : unreadable());
      }
      if (cause instanceof NoContentException) {
        return Optional.of(unreadable());
      }
    }
    return Optional.empty();
  }

  private static Response wrongType(String field) {
    String message = "The value of '" + field + "' has the wrong type.";
    return Problem.invalid(message, List.of(new Problem.FieldError(field, message))).toResponse();
  }

  private static Response unreadable() {
    String message = "Send the request body as valid JSON.";
    return Problem.invalid(message, List.of(new Problem.FieldError("body", message))).toResponse();
  }
}
