package org.designcontest.web.api.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.NotAuthenticatedException;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.NotPermittedException;

/** Each business refusal has one HTTP status. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Override
  public Response toResponse(BusinessException e) {
    if (e instanceof InvalidFieldException invalid) {
      return Problem.invalid(
              e.getMessage(), List.of(new Problem.FieldError(invalid.field(), e.getMessage())))
          .toResponse();
    }
    if (e instanceof NotAuthenticatedException) {
      return Response.fromResponse(Problem.of(Status.UNAUTHORIZED, e.getMessage()).toResponse())
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"designcontest\"")
          .build();
    }
    return Problem.of(statusOf(e), e.getMessage()).toResponse();
  }

  /** The status of a refusal, also for transports that are not HTTP responses (the live socket). */
  public static Status statusOf(BusinessException e) {
    if (e instanceof InvalidFieldException) {
      return Status.BAD_REQUEST;
    }
    if (e instanceof NotAuthenticatedException) {
      return Status.UNAUTHORIZED;
    }
    if (e instanceof NotPermittedException) {
      return Status.FORBIDDEN;
    }
    if (e instanceof NotFoundException) {
      return Status.NOT_FOUND;
    }
    return Status.CONFLICT;
  }
}
