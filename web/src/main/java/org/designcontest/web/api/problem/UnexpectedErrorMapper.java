package org.designcontest.web.api.problem;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else: a validation failure that surfaced through an EJB is still a 400; an optimistic
 * lock lost at commit (two changes of the same contest or entry at once) is a 409; a real fault is
 * a 500 that tells the client an incident id and nothing of the stack, and logs the rest once.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Exception e) {
    if (e instanceof JsonException) { // a body JSON-P could not parse (JsonObject parameters)
      return UnreadableBodyMapper.problemFor(e).orElseThrow();
    }
    if (e instanceof EJBException && e.getCause() instanceof ConstraintViolationException cve) {
      return new ConstraintViolationMapper().toResponse(cve);
    }
    if (causedByConcurrentChange(e)) {
      return Problem.of(
              Response.Status.CONFLICT,
              "Someone changed this at the same time: read it again and retry.")
          .toResponse();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "unexpected API error: incident=" + incident, e);
    return Problem.of(
            Response.Status.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side (incident " + incident + ").")
        .toResponse();
  }

  /** Whether a {@code @Version} check failed somewhere in the chain (JPA's or EclipseLink's). */
  private static boolean causedByConcurrentChange(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException
          || cause.getClass().getSimpleName().equals("OptimisticLockException")) {
        return true;
      }
    }
    return false;
  }
}
