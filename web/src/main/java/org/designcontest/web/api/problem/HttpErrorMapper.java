package org.designcontest.web.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Errors the JAX-RS runtime raises itself (unknown path, wrong method, unsupported content type, a
 * header that is not a number) leave as problem+json like every other error.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    Optional<Response> unreadableBody = UnreadableBodyMapper.problemFor(e);
    if (unreadableBody.isPresent()) {
      return unreadableBody.get();
    }
    Response.StatusType status = e.getResponse().getStatusInfo();
    String detail =
        switch (status.getStatusCode()) {
          case 415 -> "Send the body as application/json.";
          case 404 -> "There is nothing at this address.";
          case 405 -> "This address does not accept that method.";
          default -> status.getReasonPhrase();
        };
    Response problem = Problem.of(status, detail).toResponse();
    return Response.fromResponse(problem).replaceAll(mergedHeaders(e, problem)).build();
  }

  /** Keeps the runtime's own headers (Allow on 405) on the problem response. */
  private static MultivaluedMap<String, Object> mergedHeaders(
      WebApplicationException e, Response problem) {
    var headers = new MultivaluedHashMap<String, Object>();
    headers.putAll(e.getResponse().getHeaders());
    headers.putAll(problem.getHeaders());
    return headers;
  }
}
