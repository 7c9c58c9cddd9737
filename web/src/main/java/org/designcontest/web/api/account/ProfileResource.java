package org.designcontest.web.api.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.designcontest.account.boundary.ProfileChange;
import org.designcontest.account.boundary.Profiles;
import org.designcontest.account.entity.Account;
import org.designcontest.contest.entity.Category;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own profile. */
@Path("accounts/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class ProfileResource {

  @Inject Profiles profiles;

  @GET
  @Operation(summary = "Your profile")
  @APIResponse(responseCode = "200", description = "The profile")
  @APIResponse(responseCode = "401", description = "No valid token")
  public ProfileView me() {
    return ProfileView.of(profiles.me());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change your name; designers also their portfolio and followed categories")
  @APIResponse(responseCode = "200", description = "The changed profile")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed under errors")
  @APIResponse(responseCode = "403", description = "A read-only or company token")
  public ProfileView update(ProfileChange change) {
    return ProfileView.of(profiles.update(change));
  }

  /** A person's own profile. */
  public record ProfileView(
      long id,
      String email,
      String displayName,
      String role,
      boolean emailVerified,
      String portfolioUrl,
      List<String> categories) {

    static ProfileView of(Account account) {
      return new ProfileView(
          account.id(),
          account.email(),
          account.displayName(),
          account.role().name(),
          account.isEmailVerified(),
          account.portfolioUrl().orElse(null),
          account.followedCategories().stream().map(Category::code).sorted().toList());
    }
  }
}
