package org.designcontest.web.api.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.designcontest.account.boundary.AccountDirectory;
import org.designcontest.account.boundary.CompanySignUp;
import org.designcontest.account.boundary.DesignerSignUp;
import org.designcontest.account.boundary.NewPassword;
import org.designcontest.account.boundary.PasswordReset;
import org.designcontest.account.boundary.PasswordResetRequest;
import org.designcontest.account.boundary.SignUp;
import org.designcontest.web.api.PageView;
import org.designcontest.web.api.QueryValues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign-up: the answer is the same whether or not the address already has an account (the next step
 * is always in the email). And the accounts, for moderators deciding whom to suspend or restore.
 */
@Path("accounts")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

  @Inject SignUp signUp;

  @Inject PasswordReset passwordReset;

  @Inject AccountDirectory directory;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "Accounts by email or name, newest first (moderators)")
  @APIResponse(responseCode = "200", description = "The page, with links to the others")
  @APIResponse(responseCode = "400", description = "Invalid q, suspended, page or size")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a moderator")
  public Response search(
      @Parameter(description = "Part of the email or name") @QueryParam("q") String query,
      @Parameter(description = "true: only suspended accounts") @QueryParam("suspended")
          String suspended,
      @Parameter(description = "Page number from 0") @QueryParam("page") String page,
      @Parameter(description = "Accounts per page, 1–100 (default 20)") @QueryParam("size")
          String size) {
    PageView<AccountDirectory.Listed> view =
        PageView.of(
            directory.search(
                query, QueryValues.bool("suspended", suspended), QueryValues.page(page, size, 20)),
            uri);
    return PageView.withLinkHeader(Response.ok(view), view.links()).build();
  }

  @POST
  @Path("designers")
  @Operation(summary = "Sign up as a designer; a link to confirm the address is emailed")
  @APIResponse(responseCode = "202", description = "Check your email")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed under errors")
  public Response designer(DesignerSignUp form) {
    signUp.designer(form);
    return checkYourEmail();
  }

  @POST
  @Path("companies")
  @Operation(summary = "Sign a company up; the signer becomes its owner and gets a link by email")
  @APIResponse(responseCode = "202", description = "Check your email")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed under errors")
  public Response company(CompanySignUp form) {
    signUp.company(form);
    return checkYourEmail();
  }

  @POST
  @Path("email-verifications")
  @Operation(summary = "Confirm an email address with the token from the emailed link")
  @APIResponse(responseCode = "204", description = "Confirmed")
  @APIResponse(responseCode = "400", description = "The token has expired or was used")
  public Response verifyEmail(EmailVerification verification) {
    signUp.verifyEmail(verification == null ? null : verification.token());
    return Response.noContent().build();
  }

  @POST
  @Path("password-reset-requests")
  @Operation(summary = "Ask for a password reset link by email (the same answer for any address)")
  @APIResponse(responseCode = "202", description = "Check your email")
  @APIResponse(responseCode = "400", description = "No address given")
  public Response requestPasswordReset(PasswordResetRequest request) {
    passwordReset.request(request);
    return checkYourEmail();
  }

  @POST
  @Path("password-resets")
  @Operation(summary = "Choose a new password with the token from the emailed link")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "400", description = "Expired or used token, or a weak password")
  public Response resetPassword(NewPassword request) {
    passwordReset.reset(request);
    return Response.noContent().build();
  }

  /** The request body of an email verification. */
  public record EmailVerification(String token) {}

  private static Response checkYourEmail() {
    return Response.accepted(
            new Message("Check your email: the next step is in the message we sent you."))
        .build();
  }

  /** A sentence for the person using the client. */
  public record Message(String message) {}
}
