package org.designcontest.web.api.chat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.designcontest.chat.boundary.ConversationView;
import org.designcontest.chat.boundary.Conversations;
import org.designcontest.chat.boundary.MessagePage;
import org.designcontest.media.control.FileCheck;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.web.api.Downloads;
import org.designcontest.web.api.JsonFields;
import org.designcontest.web.api.MultipartFiles;
import org.designcontest.web.api.QueryValues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Conversations between a contest's company and its designers (docs/chat.md): for their
 * participants, and moderators who give a reason; 404 for anyone else.
 */
@Path("conversations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chat")
public class ConversationResource {

  @Inject Conversations conversations;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Open the conversation with an entry's designer ({\"entryId\"}: company staff) or with"
              + " the company of a contest you entered ({\"contestId\"}: designers)")
  @APIResponse(responseCode = "201", description = "Started")
  @APIResponse(responseCode = "200", description = "It existed: here it is")
  @APIResponse(responseCode = "400", description = "Neither or both of entryId and contestId")
  @APIResponse(responseCode = "403", description = "A designer who did not enter the contest")
  @APIResponse(responseCode = "404", description = "No such entry or contest of the caller's")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "company", value = "{\"entryId\": 12}")))
  public Response open(JsonObject opening, @Context UriInfo uri) {
    JsonObject asked = JsonFields.orEmpty(opening);
    Conversations.Opened opened =
        conversations.open(
            JsonFields.optionalId(asked, "entryId"), JsonFields.optionalId(asked, "contestId"));
    if (!opened.created()) {
      return Response.ok(opened.conversation()).build();
    }
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(opened.conversation().id())).build())
        .entity(opened.conversation())
        .build();
  }

  @GET
  @Operation(summary = "The caller's conversations, latest first, with unread counts")
  @APIResponse(responseCode = "200", description = "The conversations and the total unread")
  @APIResponse(responseCode = "401", description = "Not signed in")
  public Conversations.ConversationList list() {
    return conversations.list();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One conversation (moderators: with a reason, which is recorded)")
  @APIResponse(responseCode = "200", description = "The conversation")
  @APIResponse(responseCode = "404", description = "No such conversation of the caller's")
  public ConversationView conversation(
      @PathParam("id") long id, @QueryParam("reason") String reason) {
    return conversations.of(id, reason);
  }

  @GET
  @Path("{id}/messages")
  @Operation(
      summary =
          "Messages, oldest first: the newest page, older ones with before=ID, newer ones"
              + " (catch-up) with after=ID")
  @APIResponse(responseCode = "200", description = "The page, and whether there are more")
  @APIResponse(responseCode = "400", description = "A bad before, after or limit")
  @APIResponse(responseCode = "404", description = "No such conversation of the caller's")
  public MessagePage messages(
      @PathParam("id") long id,
      @QueryParam("before") String before,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit,
      @QueryParam("reason") String reason) {
    return conversations.messages(
        id,
        QueryValues.id("before", before),
        QueryValues.id("after", after),
        QueryValues.integer("limit", limit, null),
        reason);
  }

  @POST
  @Path("{id}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Send a text message (at most 4,000 characters)")
  @APIResponse(responseCode = "201", description = "Sent")
  @APIResponse(responseCode = "200", description = "Sent before with this client key")
  @APIResponse(responseCode = "400", description = "An empty or too long body")
  @APIResponse(responseCode = "403", description = "A read-only token")
  @APIResponse(responseCode = "404", description = "No such conversation of the caller's")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "text",
                      value =
                          "{\"body\": \"Could you try a darker blue?\", \"clientKey\": \"4f0c…\"}")))
  public Response send(@PathParam("id") long id, JsonObject message) {
    JsonObject sent = JsonFields.orEmpty(message);
    return answer(
        conversations.send(
            id,
            JsonFields.optionalString(sent, "body"),
            JsonFields.optionalString(sent, "clientKey"),
            List.of()));
  }

  @POST
  @Path("{id}/messages")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Send files (parts \"file\": up to 5 PNG, JPEG, WebP or PDF files of 10 MB each) with"
              + " an optional \"body\" and \"clientKey\"")
  @APIResponse(responseCode = "201", description = "Sent")
  @APIResponse(responseCode = "400", description = "Not an accepted file, too large, too many")
  @APIResponse(responseCode = "404", description = "No such conversation of the caller's")
  public Response sendFiles(@PathParam("id") long id, List<EntityPart> parts) {
    String body = null;
    String clientKey = null;
    List<Conversations.NewFile> files = new ArrayList<>();
    for (EntityPart part : parts) {
      switch (part.getName()) {
        case "body" -> body = text(part, "body");
        case "clientKey" -> clientKey = text(part, "clientKey");
        case "file" -> {
          if (files.size() == Conversations.MAX_FILES) {
            throw new InvalidFieldException(
                "file", "Send at most " + Conversations.MAX_FILES + " files at once.");
          }
          files.add(
              new Conversations.NewFile(
                  MultipartFiles.fileName(part), MultipartFiles.bytes(part, FileCheck.DOCUMENT)));
        }
        default -> throw new InvalidFieldException(part.getName(), "Send body, clientKey, file.");
      }
    }
    if (files.isEmpty()) {
      throw new InvalidFieldException("file", "Attach a file, or send text as JSON.");
    }
    return answer(conversations.send(id, body, clientKey, files));
  }

  @PUT
  @Path("{id}/read")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The caller's side has read up to this message ({\"upTo\": id})")
  @APIResponse(responseCode = "204", description = "Recorded (a read position never goes back)")
  @APIResponse(responseCode = "400", description = "Not a message of this conversation")
  @APIResponse(responseCode = "404", description = "No such conversation of the caller's")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "read", value = "{\"upTo\": 42}")))
  public Response read(@PathParam("id") long id, JsonObject position) {
    conversations.read(id, JsonFields.requiredId(JsonFields.orEmpty(position), "upTo"));
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary =
          "A file of a message; images also at size GRID (320 px) or LARGE (1280 px)"
              + " (moderators: with a reason)")
  @APIResponse(responseCode = "200", description = "The file, with an ETag")
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent")
  @APIResponse(responseCode = "400", description = "An unknown size, or a size of a PDF")
  @APIResponse(responseCode = "404", description = "No such file the caller may see")
  public Response attachment(
      @PathParam("id") long id,
      @PathParam("attachmentId") long attachmentId,
      @QueryParam("size") String size,
      @QueryParam("reason") String reason,
      @Context Request request) {
    Conversations.Attachment file =
        conversations.attachment(id, attachmentId, Downloads.imageSize(size), reason);
    return Downloads.tagged(
        request,
        file.content(),
        file.contentType(),
        file.tag(),
        file.image() ? "inline" : "attachment",
        file.fileName());
  }

  private static Response answer(Conversations.Sent sent) {
    return Response.status(sent.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(sent.message())
        .build();
  }

  private static String text(EntityPart part, String field) {
    try (InputStream in = part.getContent()) {
      byte[] bytes = in.readNBytes(64 * 1024 + 1);
      if (bytes.length > 64 * 1024) {
        throw new InvalidFieldException(field, "This part is too long.");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
