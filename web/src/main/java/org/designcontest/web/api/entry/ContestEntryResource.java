package org.designcontest.web.api.entry;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.designcontest.entry.boundary.Entries;
import org.designcontest.entry.boundary.NewEntry;
import org.designcontest.media.control.ImageCheck;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A contest's entries: designers submit; the company sees them under pseudonyms. */
@Path("contests/{id}/entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entries")
public class ContestEntryResource {

  @Inject Entries entries;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Submit an entry: multipart with title, notes and file (PNG, JPEG or WebP)")
  @APIResponse(responseCode = "201", description = "Submitted; its SHA-256 is recorded")
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields or not an image, listed under errors")
  @APIResponse(responseCode = "403", description = "Not a designer, or email not confirmed")
  @APIResponse(responseCode = "409", description = "The contest is not open, or five live entries")
  public Response submit(
      @PathParam("id") long contestId,
      @FormParam("title") String title,
      @FormParam("notes") String notes,
      @FormParam("file") EntityPart file) {
    return Response.status(Response.Status.CREATED)
        .entity(entries.submit(contestId, new NewEntry(title, notes), bytes(file)))
        .build();
  }

  @GET
  @Operation(summary = "The entries the caller may see, and how many live entries there are")
  @APIResponse(responseCode = "200", description = "Company: all, under pseudonyms; designer: own")
  @APIResponse(responseCode = "404", description = "No such contest, or a draft of another company")
  public Entries.Listing list(@PathParam("id") long contestId) {
    return entries.of(contestId);
  }

  /** The part's bytes, reading no more than the size limit allows (a larger file is refused). */
  private static byte[] bytes(EntityPart file) {
    if (file == null) {
      return null;
    }
    try (InputStream in = file.getContent()) {
      return in.readNBytes(ImageCheck.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
