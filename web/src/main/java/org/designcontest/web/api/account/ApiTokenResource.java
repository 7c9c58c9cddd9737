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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.designcontest.account.boundary.ApiTokens;
import org.designcontest.account.boundary.NewApiToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * API tokens. To make one, authenticate as yourself: HTTP Basic with your email and password (or
 * the tokens page). The secret is in the answer once and never again.
 */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens")
public class ApiTokenResource {

  @Inject ApiTokens tokens;

  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Make a personal or company token (HTTP Basic: your email and password)")
  @APIResponse(responseCode = "201", description = "Made; the secret is shown only now")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed under errors")
  @APIResponse(responseCode = "401", description = "Wrong email or password")
  @APIResponse(responseCode = "403", description = "A token tried to make a token, or not staff")
  @APIResponse(responseCode = "429", description = "Too many failed sign-ins; see Retry-After")
  public Response create(NewApiToken request) {
    ApiTokens.Created created = tokens.create(request);
    ApiTokenView view = ApiTokenView.of(created.token(), created.secret());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
        .entity(view)
        .build();
  }

  @GET
  @Operation(summary = "Your tokens and your company's, without secrets")
  @APIResponse(responseCode = "200", description = "The tokens, newest first")
  @APIResponse(responseCode = "401", description = "No valid token")
  public List<ApiTokenView> list() {
    return tokens.visible().stream().map(token -> ApiTokenView.of(token, null)).toList();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Revoke a token; it stops working at once")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "404", description = "No such token of yours or your company's")
  public Response revoke(@PathParam("id") long id) {
    tokens.revoke(id);
    return Response.noContent().build();
  }
}
