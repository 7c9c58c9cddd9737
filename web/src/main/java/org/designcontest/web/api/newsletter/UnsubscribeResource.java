package org.designcontest.web.api.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.designcontest.newsletter.boundary.Subscriptions;
import org.designcontest.newsletter.entity.MailingList;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One-click unsubscribe (RFC 8058): the address in every newsletter's {@code List-Unsubscribe}
 * header. Mail programs POST {@code List-Unsubscribe=One-Click} to it; the signed token in the
 * address is all it needs, no sign-in.
 */
@Path("unsubscribe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Newsletters")
public class UnsubscribeResource {

  /** The list the token's owner no longer gets. */
  public record Unsubscribed(MailingList unsubscribed) {}

  @Inject Subscriptions subscriptions;

  @POST
  @Consumes(MediaType.WILDCARD) // the body (List-Unsubscribe=One-Click) says nothing more
  @Operation(summary = "Unsubscribe with the token from a newsletter's link (no sign-in)")
  @APIResponse(responseCode = "200", description = "Unsubscribed (or already)")
  @APIResponse(responseCode = "400", description = "Not a valid unsubscribe token")
  public Unsubscribed unsubscribe(@QueryParam("token") String token) {
    return new Unsubscribed(subscriptions.unsubscribe(token));
  }
}
