package org.designcontest.web.api.handover;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.designcontest.handover.boundary.Handover;
import org.designcontest.media.control.FileCheck;
import org.designcontest.web.api.Downloads;
import org.designcontest.web.api.MultipartFiles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The handover of an awarded contest: the winner's final files, their acceptance of the transfer,
 * the company's approval. For the company, the winner and moderators; 404 for anyone else.
 */
@Path("contests/{id}/handover")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Handover")
public class HandoverResource {

  @Inject Handover handover;

  @GET
  @Operation(summary = "Where the handover stands, with the winner revealed and the files")
  @APIResponse(responseCode = "200", description = "The handover")
  @APIResponse(responseCode = "404", description = "No winner yet, or not the caller's contest")
  public Handover.Status status(@PathParam("id") long contestId) {
    return handover.of(contestId);
  }

  @POST
  @Path("files")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Upload a final file (the winner): PNG, JPEG, WebP, PDF, ZIP or PSD up to 25 MB,"
              + " multipart part \"file\"")
  @APIResponse(responseCode = "201", description = "The file, with its SHA-256")
  @APIResponse(responseCode = "400", description = "Not an accepted file, or too large")
  @APIResponse(responseCode = "403", description = "Not the winner")
  @APIResponse(responseCode = "409", description = "Transfer accepted already, or too many files")
  public Response upload(@PathParam("id") long contestId, @FormParam("file") EntityPart file) {
    return Response.status(Response.Status.CREATED)
        .entity(
            handover.upload(
                contestId,
                MultipartFiles.fileName(file),
                MultipartFiles.bytes(file, FileCheck.DELIVERABLE)))
        .build();
  }

  @GET
  @Path("files/{fileId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a final file")
  @APIResponse(responseCode = "200", description = "The file, as an attachment")
  @APIResponse(responseCode = "404", description = "No such file the caller may see")
  public Response file(@PathParam("id") long contestId, @PathParam("fileId") long fileId) {
    Handover.Download file = handover.file(contestId, fileId);
    return Downloads.attachment(file.content(), file.contentType(), file.fileName());
  }

  @POST
  @Path("acceptance")
  @Operation(summary = "The winner accepts the transfer of rights; the company's approval is due")
  @APIResponse(responseCode = "200", description = "The handover, with the approval deadline")
  @APIResponse(responseCode = "403", description = "Not the winner")
  @APIResponse(responseCode = "409", description = "No files yet, or accepted already")
  public Handover.Status accept(@PathParam("id") long contestId) {
    return handover.acceptTransfer(contestId);
  }

  @POST
  @Path("approval")
  @Operation(summary = "The company approves: the contest is completed, the prize released")
  @APIResponse(responseCode = "200", description = "The handover, completed")
  @APIResponse(responseCode = "403", description = "Not the contest's company")
  @APIResponse(responseCode = "409", description = "The winner has not delivered yet")
  public Handover.Status approve(@PathParam("id") long contestId) {
    return handover.approve(contestId);
  }
}
