package org.designcontest.web.api.entry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.designcontest.entry.boundary.Entries;
import org.designcontest.entry.boundary.Revisions;
import org.designcontest.judging.boundary.Judging;
import org.designcontest.judging.boundary.Verdicts;
import org.designcontest.media.control.FileCheck;
import org.designcontest.web.api.Downloads;
import org.designcontest.web.api.MultipartFiles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A finalist's numbered revisions of an entry in the final round, and the company's stars. */
@Path("entries/{id}/revisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entries")
public class RevisionResource {

  @Inject Revisions revisions;

  @Inject Judging judging;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Upload the next revision of your entry (finalists, final round only)")
  @APIResponse(responseCode = "201", description = "The revision, with its number and SHA-256")
  @APIResponse(responseCode = "400", description = "Not an image, or notes too long")
  @APIResponse(responseCode = "403", description = "Not a finalist")
  @APIResponse(responseCode = "404", description = "No such entry of yours")
  @APIResponse(responseCode = "409", description = "Not the final round, or the entry not live")
  public Response submit(
      @PathParam("id") long entryId,
      @FormParam("notes") String notes,
      @FormParam("file") EntityPart file) {
    return Response.status(Response.Status.CREATED)
        .entity(revisions.submit(entryId, notes, MultipartFiles.bytes(file, FileCheck.IMAGE)))
        .build();
  }

  @GET
  @Operation(summary = "The entry's revisions, oldest first (its designer, the company)")
  @APIResponse(responseCode = "200", description = "The revisions")
  @APIResponse(responseCode = "404", description = "No such entry the caller may see")
  public List<Revisions.View> list(@PathParam("id") long entryId) {
    return revisions.of(entryId);
  }

  @GET
  @Path("{number}/image")
  @Produces({"image/png", "image/jpeg", "image/webp"})
  @Operation(summary = "A revision's image (size GRID, LARGE or ORIGINAL)")
  @APIResponse(responseCode = "200", description = "The image, with an ETag")
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent")
  @APIResponse(responseCode = "400", description = "An unknown size")
  @APIResponse(responseCode = "404", description = "No such revision the caller may see")
  public Response image(
      @PathParam("id") long entryId,
      @PathParam("number") int number,
      @QueryParam("size") String size,
      @Context Request request) {
    Entries.Image image = revisions.image(entryId, number, Downloads.imageSize(size));
    return Downloads.image(request, image, "entry-" + entryId + "-revision-" + number);
  }

  @PUT
  @Path("{number}/rating")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "stars", value = "{\"stars\":5}")))
  @Operation(summary = "Rate a revision, 1 to 5 stars (the contest's company)")
  @APIResponse(responseCode = "204", description = "Rated")
  @APIResponse(responseCode = "400", description = "Not 1 to 5 stars")
  @APIResponse(responseCode = "404", description = "No such revision of the caller's contests")
  @APIResponse(responseCode = "409", description = "Not the final round or winner selection")
  public Response rate(
      @PathParam("id") long entryId, @PathParam("number") int number, Verdicts.Rating rating) {
    judging.rateRevision(entryId, number, rating);
    return Response.noContent().build();
  }
}
