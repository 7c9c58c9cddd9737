package org.designcontest.web.api.entry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.designcontest.entry.boundary.Entries;
import org.designcontest.judging.boundary.Judging;
import org.designcontest.judging.boundary.Verdicts;
import org.designcontest.judging.entity.EntryComment;
import org.designcontest.web.api.Downloads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One entry: its designer withdraws it; its image is shown to those who may see it; the company
 * judges it; the company and its designer discuss it.
 */
@Path("entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entries")
public class EntryResource {

  @Inject Entries entries;

  @Inject Judging judging;

  @DELETE
  @Path("{id}")
  @Operation(summary = "Withdraw your entry while the contest is open")
  @APIResponse(responseCode = "204", description = "Withdrawn")
  @APIResponse(responseCode = "404", description = "No such entry of yours")
  @APIResponse(responseCode = "409", description = "The contest is no longer open")
  public Response withdraw(@PathParam("id") long entryId) {
    entries.withdraw(entryId);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/image")
  @Produces({"image/png", "image/jpeg", "image/webp"})
  @Operation(
      summary =
          "The entry's image (size GRID: 320 px, LARGE: 1280 px, ORIGINAL), for its designer, the"
              + " company and moderators")
  @APIResponse(responseCode = "200", description = "The image, with an ETag")
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent")
  @APIResponse(responseCode = "400", description = "An unknown size")
  @APIResponse(responseCode = "404", description = "No such entry the caller may see")
  public Response image(
      @PathParam("id") long entryId, @QueryParam("size") String size, @Context Request request) {
    Entries.Image image = entries.image(entryId, Downloads.imageSize(size));
    return Downloads.image(request, image, "entry-" + entryId);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("{id}/rating")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "stars", value = "{\"stars\":4}")))
  @Operation(summary = "Rate an entry, 1 to 5 stars (the contest's company)")
  @APIResponse(responseCode = "204", description = "Rated")
  @APIResponse(responseCode = "400", description = "Not 1 to 5 stars")
  @APIResponse(responseCode = "404", description = "No such entry of the caller's contests")
  @APIResponse(
      responseCode = "409",
      description = "The entry is not live or the contest not running")
  public Response rate(@PathParam("id") long entryId, Verdicts.Rating rating) {
    judging.rate(entryId, rating);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/elimination")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "reason",
                      value =
                          "{\"reason\":\"The brief asks for a wordmark, not an illustration.\"}")))
  @Operation(summary = "Eliminate an entry, with a reason the designer sees")
  @APIResponse(responseCode = "204", description = "Eliminated")
  @APIResponse(responseCode = "404", description = "No such entry of the caller's contests")
  @APIResponse(responseCode = "409", description = "Not live, or the contest not running")
  public Response eliminate(@PathParam("id") long entryId, Verdicts.Elimination elimination) {
    judging.eliminate(entryId, elimination);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/elimination")
  @Operation(summary = "Restore an eliminated entry")
  @APIResponse(responseCode = "204", description = "Restored")
  @APIResponse(responseCode = "404", description = "No such entry of the caller's contests")
  @APIResponse(responseCode = "409", description = "Not eliminated")
  public Response restore(@PathParam("id") long entryId) {
    judging.restore(entryId);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "comment",
                      value = "{\"text\":\"Could the wave be a little bolder?\"}")))
  @Operation(summary = "Comment on an entry (its company or its designer)")
  @APIResponse(responseCode = "201", description = "Commented")
  @APIResponse(responseCode = "404", description = "No such entry the caller may discuss")
  public Response comment(@PathParam("id") long entryId, Verdicts.Comment comment) {
    return Response.status(Response.Status.CREATED)
        .entity(CommentView.of(judging.comment(entryId, comment)))
        .build();
  }

  @GET
  @Path("{id}/comments")
  @Operation(summary = "The comments on an entry (its company and its designer only)")
  @APIResponse(responseCode = "200", description = "Oldest first")
  @APIResponse(responseCode = "404", description = "No such entry the caller may discuss")
  public List<CommentView> comments(@PathParam("id") long entryId) {
    return judging.comments(entryId).stream().map(CommentView::of).toList();
  }

  /** A comment as both sides see it: from "the company" or "the designer". */
  public record CommentView(long id, String author, String text, Instant createdAt) {

    static CommentView of(EntryComment comment) {
      return new CommentView(comment.id(), comment.author(), comment.body(), comment.createdAt());
    }
  }
}
