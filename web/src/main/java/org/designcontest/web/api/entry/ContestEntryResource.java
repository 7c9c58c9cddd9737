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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.designcontest.entry.boundary.Entries;
import org.designcontest.entry.boundary.NewEntry;
import org.designcontest.entry.entity.EntryView;
import org.designcontest.media.control.FileCheck;
import org.designcontest.web.api.MultipartFiles;
import org.designcontest.web.api.PageView;
import org.designcontest.web.api.QueryValues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A contest's entries: designers submit; the company sees them under pseudonyms. */
@Path("contests/{id}/entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entries")
public class ContestEntryResource {

  @Inject Entries entries;

  @Context UriInfo uri;

  /** A page of the gallery, with the contest's live-entry count. */
  public record Gallery(
      long liveCount,
      long total,
      int page,
      int size,
      List<EntryView> entries,
      Map<String, String> links) {}

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
        .entity(
            entries.submit(
                contestId, new NewEntry(title, notes), MultipartFiles.bytes(file, FileCheck.IMAGE)))
        .build();
  }

  @GET
  @Operation(
      summary =
          "A page of the entries the caller may see (company: all but withdrawn, under"
              + " pseudonyms; designer: their own; others: none), and the live-entry count")
  @APIResponse(responseCode = "200", description = "The page, with links to the others")
  @APIResponse(responseCode = "400", description = "Invalid page or size")
  @APIResponse(responseCode = "404", description = "No such contest, or a draft of another company")
  public Response list(
      @PathParam("id") long contestId,
      @Parameter(description = "Page number from 0") @QueryParam("page") String page,
      @Parameter(description = "Entries per page, 1–100 (default 50)") @QueryParam("size")
          String size) {
    Entries.Listing listing = entries.of(contestId, QueryValues.page(page, size, 50));
    Map<String, String> links = PageView.links(listing.entries(), uri);
    Gallery gallery =
        new Gallery(
            listing.liveCount(),
            listing.entries().total(),
            listing.entries().page(),
            listing.entries().size(),
            listing.entries().items(),
            links);
    return PageView.withLinkHeader(Response.ok(gallery), links).build();
  }
}
