package org.designcontest.web.api.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.designcontest.moderation.boundary.ManualAward;
import org.designcontest.moderation.boundary.ManualAwards;
import org.designcontest.web.api.contest.ContestView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A moderator awards a contest by hand, with a reason. */
@Path("contests/{id}/manual-award")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class ManualAwardResource {

  @Inject ManualAwards awards;

  @POST
  @Operation(
      summary =
          "Award the contest by hand (moderators, during winner selection): a live entry and a"
              + " reason, kept in the contest's history; the handover starts")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "award",
                      value = "{\"entry\":42,\"reason\":\"The company asked us to decide.\"}")))
  @APIResponse(responseCode = "200", description = "The contest, now in HANDOVER")
  @APIResponse(responseCode = "400", description = "Not a live entry, or no reason")
  @APIResponse(responseCode = "403", description = "Not a moderator")
  @APIResponse(responseCode = "404", description = "No such contest")
  @APIResponse(responseCode = "409", description = "Not in winner selection")
  public ContestView award(@PathParam("id") long contestId, ManualAward award) {
    return ContestView.of(awards.award(contestId, award));
  }
}
