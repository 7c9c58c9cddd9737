package org.designcontest.web.api.newsletter;

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
import org.designcontest.newsletter.boundary.Announcement;
import org.designcontest.newsletter.boundary.Newsletters;
import org.designcontest.newsletter.boundary.Newsletters.Preview;
import org.designcontest.newsletter.boundary.Newsletters.Summary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** For administrators: announcements, the weekly digest on demand, and the sending jobs. */
@Path("newsletters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Newsletters")
public class NewsletterResource {

  @Inject Newsletters newsletters;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "The latest 50 newsletters, each with its job's progress and deliveries")
  @APIResponse(responseCode = "200", description = "Newest first")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  public List<Summary> latest() {
    return newsletters.latest(50);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One newsletter, with its job's progress and deliveries")
  @APIResponse(responseCode = "200", description = "The newsletter")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such newsletter")
  public Summary get(@PathParam("id") long id) {
    return newsletters.get(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Write an announcement (a draft: preview it, test it, then release it)")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "to designers following logos",
                      value =
                          "{\"subject\": \"Logo week\", \"body\": \"<p>Five <b>new</b>"
                              + " contests</p>\", \"segment\": \"CATEGORY\", \"category\":"
                              + " \"logo\"}")))
  @APIResponse(responseCode = "201", description = "Written, as a draft")
  @APIResponse(responseCode = "400", description = "A field is missing, too long or unknown")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  public Response announce(Announcement announcement) {
    Summary written = newsletters.announce(announcement);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(written.id())).build())
        .entity(written)
        .build();
  }

  @GET
  @Path("{id}/preview")
  @Operation(summary = "The newsletter as the caller would receive it")
  @APIResponse(responseCode = "200", description = "Subject, HTML and text")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such newsletter")
  @APIResponse(responseCode = "409", description = "A digest with no open contest to show")
  public Preview preview(@PathParam("id") long id) {
    return newsletters.preview(id);
  }

  @POST
  @Path("{id}/test")
  @Operation(summary = "Email the caller a test copy")
  @APIResponse(responseCode = "202", description = "On its way")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such newsletter")
  @APIResponse(responseCode = "409", description = "A digest with no open contest to show")
  public Response testSend(@PathParam("id") long id) {
    newsletters.testSend(id);
    return Response.accepted().build();
  }

  @POST
  @Path("{id}/release")
  @Operation(summary = "Send it: starts its batch job")
  @APIResponse(responseCode = "200", description = "Its job started")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such newsletter")
  @APIResponse(responseCode = "409", description = "Released already")
  public Summary release(@PathParam("id") long id) {
    return newsletters.release(id);
  }

  @POST
  @Path("{id}/stop")
  @Operation(summary = "Stop its job after the current chunk")
  @APIResponse(responseCode = "200", description = "Stopping")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such newsletter")
  @APIResponse(responseCode = "409", description = "Its job is not running")
  public Summary stop(@PathParam("id") long id) {
    return newsletters.stop(id);
  }

  @POST
  @Path("{id}/restart")
  @Operation(summary = "Restart a stopped or failed job from its last checkpoint")
  @APIResponse(responseCode = "200", description = "Restarted")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such newsletter")
  @APIResponse(responseCode = "409", description = "Its job is not stopped or failed")
  public Summary restart(@PathParam("id") long id) {
    return newsletters.restart(id);
  }

  @POST
  @Path("weekly-digest")
  @Operation(summary = "Send a weekly digest now, outside the Monday schedule")
  @APIResponse(responseCode = "202", description = "Its job started; Location names it")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  public Response weeklyDigest() {
    long id = newsletters.sendDigestNow();
    return Response.accepted()
        .location(uri.getBaseUriBuilder().path("newsletters").path(String.valueOf(id)).build())
        .entity(newsletters.get(id))
        .build();
  }
}
