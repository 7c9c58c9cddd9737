package org.designcontest.web.api.judging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.designcontest.judging.boundary.Judging;
import org.designcontest.judging.boundary.Verdicts;
import org.designcontest.web.api.contest.ContestView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The company picks the winning entry among its finalists' entries. */
@Path("contests/{id}/winner")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Judging")
public class WinnerResource {

  @Inject Judging judging;

  @POST
  @Operation(
      summary =
          "Pick the winning entry (a live entry of a finalist) during winner selection; the"
              + " handover starts and the winner is revealed to the company")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "pick", value = "{\"entry\":42}")))
  @APIResponse(responseCode = "200", description = "The contest, now in HANDOVER")
  @APIResponse(responseCode = "400", description = "Not a live entry of a finalist")
  @APIResponse(responseCode = "404", description = "No such contest of the caller's company")
  @APIResponse(responseCode = "409", description = "Not in winner selection")
  public ContestView pick(@PathParam("id") long contestId, Verdicts.WinnerPick pick) {
    return ContestView.of(judging.pickWinner(contestId, pick));
  }
}
