package org.designcontest.web.api.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.designcontest.newsletter.boundary.Subscriptions;
import org.designcontest.newsletter.boundary.Subscriptions.Change;
import org.designcontest.newsletter.boundary.Subscriptions.Settings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The newsletters the caller gets, and the categories their weekly digest covers. */
@Path("newsletter-subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Newsletters")
public class NewsletterSubscriptionResource {

  @Inject Subscriptions subscriptions;

  @GET
  @Operation(summary = "Each list with whether the caller gets it and since when they agreed")
  @APIResponse(responseCode = "200", description = "The settings")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "A company token")
  public Settings mine() {
    return subscriptions.mine();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change them; what is left out stays as it is")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "digest of logo and print contests, no announcements",
                      value =
                          "{\"weeklyDigest\": true, \"announcements\": false,"
                              + " \"categories\": [\"logo\", \"print\"]}")))
  @APIResponse(responseCode = "200", description = "The settings now")
  @APIResponse(
      responseCode = "400",
      description = "An unknown category, or a digest or categories for someone not a designer")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "A company token")
  public Settings change(Change change) {
    return subscriptions.change(change);
  }
}
