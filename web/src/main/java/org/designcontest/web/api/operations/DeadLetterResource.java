package org.designcontest.web.api.operations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.designcontest.platform.boundary.DeadLetters;
import org.designcontest.platform.boundary.DeadLetters.DeadLetter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** For administrators: messages the listeners gave up on, and replaying them. */
@Path("dead-letters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class DeadLetterResource {

  @Inject DeadLetters deadLetters;

  @GET
  @Operation(summary = "The first 100 messages in the broker's dead-letter queue")
  @APIResponse(responseCode = "200", description = "Each with its origin, reason and body")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  public List<DeadLetter> list() {
    return deadLetters.list();
  }

  @POST
  @Path("{messageId}/replay")
  @Operation(summary = "Send a dead letter again to the queue it came from")
  @APIResponse(responseCode = "200", description = "The message, sent again")
  @APIResponse(responseCode = "400", description = "Not a message id")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "No such dead letter")
  @APIResponse(responseCode = "409", description = "Not from a queue the app listens on")
  public DeadLetter replay(@PathParam("messageId") String messageId) {
    return deadLetters.replay(messageId);
  }
}
