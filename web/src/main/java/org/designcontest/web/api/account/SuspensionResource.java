package org.designcontest.web.api.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.designcontest.account.boundary.Suspensions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moderators suspend and restore accounts. */
@Path("accounts/{id}/suspension")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class SuspensionResource {

  @Inject Suspensions suspensions;

  @PUT
  @Operation(summary = "Suspend an account: its sign-in, sessions and tokens stop at once")
  @APIResponse(responseCode = "204", description = "Suspended")
  @APIResponse(responseCode = "403", description = "Not a moderator")
  @APIResponse(responseCode = "404", description = "No such account")
  public Response suspend(@PathParam("id") long id) {
    suspensions.suspend(id);
    return Response.noContent().build();
  }

  @DELETE
  @Operation(summary = "Restore a suspended account")
  @APIResponse(responseCode = "204", description = "Restored")
  @APIResponse(responseCode = "403", description = "Not a moderator")
  @APIResponse(responseCode = "404", description = "No such account")
  public Response restore(@PathParam("id") long id) {
    suspensions.restore(id);
    return Response.noContent().build();
  }
}
