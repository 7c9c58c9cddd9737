package org.designcontest.web.api.contest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.designcontest.contest.boundary.ContestBrief;
import org.designcontest.contest.boundary.ContestService;
import org.designcontest.event.boundary.ContestHistory;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.web.api.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("contests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contests")
public class ContestResource {

  /** Placeholder identification until the security issue brings tokens. */
  static final String ACCOUNT_HEADER = "X-Account-Id";

  @Inject ContestService contests;

  @Inject ContestHistory history;

  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save a contest draft for the caller's company")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "logo",
                      value =
                          "{\"title\":\"Logo for a coffee roastery\",\"category\":\"logo\","
                              + "\"description\":\"Warm, hand-made feel.\",\"prize\":450,"
                              + "\"currency\":\"EUR\"}")))
  @APIResponse(responseCode = "201", description = "Draft saved; Location names it")
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields, listed under errors",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", description = "No acting account named")
  @APIResponse(responseCode = "403", description = "The account is not company staff")
  @APIResponse(responseCode = "415", description = "The body is not application/json")
  public Response draft(
      @Parameter(description = "Id of the acting company account (placeholder for tokens)")
          @HeaderParam(ACCOUNT_HEADER)
          Long accountId,
      // validated by the service (payara/Payara#7649: constraints here break the OpenAPI document)
      ContestBrief brief) {
    ContestView saved = ContestView.of(contests.draft(accountId, brief));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.id())).build())
        .entity(saved)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One contest")
  @APIResponse(responseCode = "200", description = "The contest")
  @APIResponse(responseCode = "404", description = "No such contest")
  public ContestView contest(@PathParam("id") long id) {
    return contests.find(id).map(ContestView::of).orElseThrow(() -> noContest(id));
  }

  @GET
  @Path("{id}/events")
  @Operation(summary = "The contest's event history, oldest first")
  @APIResponse(responseCode = "200", description = "The events recorded so far")
  @APIResponse(responseCode = "404", description = "No such contest")
  public List<ContestEventView> events(@PathParam("id") long id) {
    contests.find(id).orElseThrow(() -> noContest(id));
    return history.of(id).stream().map(ContestEventView::of).toList();
  }

  private static NotFoundException noContest(long id) {
    return new NotFoundException("There is no contest " + id + ".");
  }
}
