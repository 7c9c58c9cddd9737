package org.designcontest.web.api.entry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.designcontest.entry.boundary.Entries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One entry: its designer withdraws it; its image is shown to those who may see it. */
@Path("entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entries")
public class EntryResource {

  @Inject Entries entries;

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
  @Operation(summary = "The entry's image, for its designer, the company and moderators")
  @APIResponse(responseCode = "200", description = "The image")
  @APIResponse(responseCode = "404", description = "No such entry the caller may see")
  public Response image(@PathParam("id") long entryId) {
    Entries.Image image = entries.image(entryId);
    CacheControl privately = new CacheControl();
    privately.setPrivate(true);
    privately.setMaxAge(3600);
    return Response.ok(image.content(), image.contentType())
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"entry-" + entryId + "\"")
        .cacheControl(privately)
        .build();
  }
}
