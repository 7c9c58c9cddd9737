package org.designcontest.web.api.contest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.designcontest.web.api.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("contests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contests")
public class ContestResource {

  @Inject ContestService contests;

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
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "Not company staff, or a read-only token")
  @APIResponse(responseCode = "415", description = "The body is not application/json")
  public Response draft(
      // validated by the service (payara/Payara#7649: constraints here break the OpenAPI document)
      ContestBrief brief) {
    ContestView saved = ContestView.of(contests.draft(brief));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.id())).build())
        .entity(saved)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One contest")
  @APIResponse(responseCode = "200", description = "The contest")
  @APIResponse(responseCode = "404", description = "No such contest, or a draft of another company")
  public ContestView contest(@PathParam("id") long id) {
    return ContestView.of(contests.visible(id));
  }

  @GET
  @Path("{id}/events")
  @Operation(summary = "The contest's event history, oldest first")
  @APIResponse(responseCode = "200", description = "The events recorded so far")
  @APIResponse(responseCode = "404", description = "No such contest, or not the caller's")
  public List<ContestEventView> events(@PathParam("id") long id) {
    return contests.history(id).stream().map(ContestEventView::of).toList();
  }
}
