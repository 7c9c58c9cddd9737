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
    if (e instanceof NotPermittedException) {
      return Problem.of(Status.FORBIDDEN, e.getMessage()).toResponse();
    }
    if (e instanceof NotFoundException) {
      return Problem.of(Status.NOT_FOUND, e.getMessage()).toResponse();
    }
    return Problem.of(Status.CONFLICT, e.getMessage()).toResponse();
  }
}
