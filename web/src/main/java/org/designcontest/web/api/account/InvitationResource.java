package org.designcontest.web.api.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.designcontest.account.boundary.CompanyMembers;
import org.designcontest.account.boundary.JoiningStaff;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accepting an invitation to join a company. */
@Path("invitations/acceptances")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Companies")
public class InvitationResource {

  @Inject CompanyMembers members;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Join a company with the token from the invitation email")
  @APIResponse(responseCode = "204", description = "Joined; sign in with the new password")
  @APIResponse(responseCode = "400", description = "Expired or used invitation, or invalid fields")
  public Response accept(JoiningStaff joining) {
    members.accept(joining);
    return Response.noContent().build();
  }
}
