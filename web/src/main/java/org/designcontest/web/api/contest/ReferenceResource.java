package org.designcontest.web.api.contest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.designcontest.contest.boundary.ContestReferences;
import org.designcontest.contest.entity.ContestReference;
import org.designcontest.media.control.FileCheck;
import org.designcontest.web.api.Downloads;
import org.designcontest.web.api.MultipartFiles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reference files of a contest's brief. */
@Path("contests/{id}/references")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contests")
public class ReferenceResource {

  @Inject ContestReferences references;

  /** A reference file, without its content. */
  public record ReferenceView(
      long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {

    static ReferenceView of(ContestReference reference) {
      return new ReferenceView(
          reference.id(),
          reference.fileName(),
          reference.file().contentType(),
          reference.file().sizeBytes(),
          reference.uploadedAt());
    }
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Attach a reference file to a draft's brief: image or PDF, up to 10 MB, part \"file\"")
  @APIResponse(responseCode = "201", description = "Attached")
  @APIResponse(responseCode = "400", description = "Not an image or PDF, or too large")
  @APIResponse(responseCode = "404", description = "No such contest of the caller's company")
  @APIResponse(responseCode = "409", description = "Launched already, or ten files attached")
  public Response attach(@PathParam("id") long contestId, @FormParam("file") EntityPart file) {
    return Response.status(Response.Status.CREATED)
        .entity(
            ReferenceView.of(
                references.attach(
                    contestId,
                    MultipartFiles.fileName(file),
                    MultipartFiles.bytes(file, FileCheck.DOCUMENT))))
        .build();
  }

  @GET
  @Operation(summary = "The brief's reference files (whoever may see the contest)")
  @APIResponse(responseCode = "200", description = "The files, oldest first")
  @APIResponse(responseCode = "404", description = "No such contest the caller may see")
  public List<ReferenceView> list(@PathParam("id") long contestId) {
    return references.list(contestId).stream().map(ReferenceView::of).toList();
  }

  @GET
  @Path("{referenceId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a reference file")
  @APIResponse(responseCode = "200", description = "The file, as an attachment")
  @APIResponse(responseCode = "404", description = "No such file the caller may see")
  public Response download(
      @PathParam("id") long contestId, @PathParam("referenceId") long referenceId) {
    ContestReferences.Download file = references.download(contestId, referenceId);
    return Downloads.attachment(file.content(), file.contentType(), file.fileName());
  }

  @DELETE
  @Path("{referenceId}")
  @Operation(summary = "Remove a reference file from a draft's brief")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such file of the caller's drafts")
  @APIResponse(responseCode = "409", description = "Launched already")
  public Response remove(
      @PathParam("id") long contestId, @PathParam("referenceId") long referenceId) {
    references.remove(contestId, referenceId);
    return Response.noContent().build();
  }
}
