package org.designcontest.web.api.contest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.designcontest.contest.boundary.ContestBrief;
import org.designcontest.contest.boundary.ContestCatalogue;
import org.designcontest.contest.boundary.ContestFilter;
import org.designcontest.contest.boundary.ContestService;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.web.api.PageView;
import org.designcontest.web.api.QueryValues;
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

  @Inject ContestService contests;

  @Inject ContestCatalogue catalogue;

  @Inject PublicListAnswers answers;

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
  @Operation(
      summary =
          "The public list of contests (all but drafts), filtered, sorted and paged; links to"
              + " the other pages in the body and the Link header")
  @APIResponse(
      responseCode = "200",
      description = "A page of contests with the total count",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"total\":41,\"page\":0,\"size\":20,\"pageCount\":3,\"items\":"
                              + "[{\"id\":7,\"title\":\"Logo for a coffee roastery\","
                              + "\"category\":\"logo\",\"prize\":450,\"currency\":\"EUR\","
                              + "\"stage\":\"OPEN\",\"guaranteed\":false,"
                              + "\"privateWithNda\":false,\"entryCount\":12,"
                              + "\"launchedAt\":\"2026-11-20T09:00:00Z\","
                              + "\"deadlineAt\":\"2026-11-27T09:00:00Z\"}],"
                              + "\"links\":{\"self\":\"…?page=0\",\"next\":\"…?page=1\"}}")))
  @APIResponse(responseCode = "400", description = "A filter or paging parameter is invalid")
  public Response list(
      @Parameter(description = "Only this stage (OPEN, FINAL_ROUND, COMPLETED…)")
          @QueryParam("stage")
          String stage,
      @Parameter(description = "Only this category code (logo, web, …)") @QueryParam("category")
          String category,
      @Parameter(description = "Prize at least this (in the contest's currency)")
          @QueryParam("minPrize")
          String minPrize,
      @Parameter(description = "Current deadline at most this many days away (0–60)")
          @QueryParam("endingWithinDays")
          String endingWithinDays,
      @Parameter(description = "Words in the title") @QueryParam("q") String text,
      @Parameter(description = "ending (default), newest or prize") @QueryParam("sort") String sort,
      @Parameter(description = "Page number from 0") @QueryParam("page") String page,
      @Parameter(description = "Contests per page, 1–100 (default 20)") @QueryParam("size")
          String size) {
    ContestFilter filter =
        new ContestFilter(
            QueryValues.enumValue(Stage.class, "stage", stage),
            category,
            QueryValues.decimal("minPrize", minPrize),
            QueryValues.integer("endingWithinDays", endingWithinDays, null),
            text,
            QueryValues.enumValue(ContestFilter.Sort.class, "sort", sort),
            QueryValues.page(page, size, 20));
    PublicListAnswers.Answer answer = answers.of(catalogue.list(filter), uri);
    return PageView.withLinkHeader(
            Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE), answer.links())
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One contest; its ETag is the version to send back in If-Match")
  @APIResponse(responseCode = "200", description = "The contest")
  @APIResponse(responseCode = "304", description = "Not changed since the ETag sent")
  @APIResponse(responseCode = "404", description = "No such contest, or a draft of another company")
  public Response contest(@PathParam("id") long id, @Context Request request) {
    Contest contest = contests.visible(id);
    EntityTag tag = etag(contest);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    return (unchanged != null ? unchanged : Response.ok(ContestView.of(contest))).tag(tag).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rewrite a draft's brief (If-Match: the ETag read; stale → 409)")
  @APIResponse(responseCode = "200", description = "The changed draft")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed under errors")
  @APIResponse(responseCode = "404", description = "No such contest of the caller's company")
  @APIResponse(responseCode = "409", description = "Not a draft any more, or changed meanwhile")
  public Response revise(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ContestBrief brief) {
    return withTag(contests.revise(id, version(ifMatch), brief));
  }

  @POST
  @Path("{id}/launch")
  @Operation(summary = "Launch a draft: the prize goes into escrow and entries open")
  @APIResponse(responseCode = "200", description = "The contest, now OPEN, with its deadline")
  @APIResponse(responseCode = "403", description = "Email address not confirmed, or not staff")
  @APIResponse(responseCode = "404", description = "No such contest of the caller's company")
  @APIResponse(responseCode = "409", description = "Not a draft, or changed meanwhile")
  public Response launch(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return withTag(contests.launch(id, version(ifMatch)));
  }

  @POST
  @Path("{id}/cancellation")
  @Operation(summary = "Cancel a contest and refund its prize (rules in PRODUCT.md)")
  @APIResponse(responseCode = "200", description = "The contest, now CANCELLED")
  @APIResponse(responseCode = "404", description = "No such contest of the caller's company")
  @APIResponse(responseCode = "409", description = "Guaranteed, finalists chosen, or finished")
  public Response cancel(@PathParam("id") long id) {
    return withTag(contests.cancel(id));
  }

  private static Response withTag(Contest contest) {
    return Response.ok(ContestView.of(contest)).tag(etag(contest)).build();
  }

  private static EntityTag etag(Contest contest) {
    return new EntityTag(String.valueOf(contest.version()));
  }

  /** The version an If-Match header names ("3" or W/"3"); null when there is none. */
  private static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new InvalidFieldException("If-Match", "If-Match names a version, such as \"3\".");
    }
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
