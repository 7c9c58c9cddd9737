package org.designcontest.web.api.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.designcontest.account.boundary.CompanyMembers;
import org.designcontest.account.boundary.Invitation;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.CompanyInvitation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's company: its staff, and the owner's invitations. */
@Path("companies/mine")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Companies")
public class CompanyResource {

  @Inject CompanyMembers members;

  @GET
  @Path("members")
  @Operation(summary = "The company's staff")
  @APIResponse(responseCode = "200", description = "The members")
  @APIResponse(responseCode = "403", description = "Not company staff")
  public List<MemberView> members() {
    return members.members().stream().map(MemberView::of).toList();
  }

  @POST
  @Path("invitations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Invite a colleague by email (owner only)")
  @APIResponse(responseCode = "201", description = "Invited; the link is in their email")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed under errors")
  @APIResponse(responseCode = "403", description = "Not the owner")
  public Response invite(Invitation invitation) {
    return Response.status(Response.Status.CREATED)
        .entity(InvitationView.of(members.invite(invitation)))
        .build();
  }

  @DELETE
  @Path("members/{id}")
  @Operation(summary = "Remove a colleague (owner only); their access ends at once")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", description = "Not the owner")
  @APIResponse(responseCode = "404", description = "Not a member of the company")
  public Response remove(@PathParam("id") long id) {
    members.remove(id);
    return Response.noContent().build();
  }

  /** A member as the company sees them. */
  public record MemberView(long id, String displayName, String email, boolean owner) {

    static MemberView of(Account account) {
      return new MemberView(
          account.id(), account.displayName(), account.email(), account.isCompanyOwner());
    }
  }

  /** An invitation as the owner sees it (never its secret). */
  public record InvitationView(long id, String email, Instant expiresAt) {

    static InvitationView of(CompanyInvitation invitation) {
      return new InvitationView(invitation.id(), invitation.email(), invitation.expiresAt());
    }
  }
}
