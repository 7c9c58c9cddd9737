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

/** The company picks its contest's finalists. */
@Path("contests/{id}/finalists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Judging")
public class FinalistResource {

  @Inject Judging judging;

  @POST
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "pick", value = "{\"designers\":[3,7]}")))
  @Operation(summary = "Pick finalists by pseudonym number; the final round starts")
  @APIResponse(responseCode = "200", description = "The contest, now in its final round")
  @APIResponse(responseCode = "400", description = "Too many, or not designers with live entries")
  @APIResponse(responseCode = "404", description = "No such contest of the caller's company")
  @APIResponse(responseCode = "409", description = "Not open or in finalist selection")
  public ContestView pick(@PathParam("id") long contestId, Verdicts.FinalistPick pick) {
    return ContestView.of(judging.pickFinalists(contestId, pick));
  }
}
