package org.designcontest.web.api.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.designcontest.account.boundary.CompanySignUp;
import org.designcontest.account.boundary.DesignerSignUp;
import org.designcontest.account.boundary.NewPassword;
import org.designcontest.account.boundary.PasswordReset;
import org.designcontest.account.boundary.PasswordResetRequest;
import org.designcontest.account.boundary.SignUp;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign-up. The answer is the same whether or not the address already has an account: the next step
 * is always in the email.
 */
@Path("accounts")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

  @Inject SignUp signUp;

  @Inject PasswordReset passwordReset;

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
