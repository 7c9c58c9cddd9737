package org.designcontest.web.api.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.designcontest.notification.boundary.NotificationCentre;
import org.designcontest.platform.boundary.Page;
import org.designcontest.web.api.PageView;
import org.designcontest.web.api.QueryValues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's notification centre. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

  @Inject NotificationCentre centre;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "The caller's notifications, newest first")
  @APIResponse(responseCode = "200", description = "The page, with links to the others")
  @APIResponse(responseCode = "400", description = "Invalid page, size or unread")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "A company token (notifications are personal)")
  public Response list(
      @Parameter(description = "Page number from 0") @QueryParam("page") String page,
      @Parameter(description = "Notifications per page, 1–100 (default 20)") @QueryParam("size")
          String size,
      @Parameter(description = "true: only the unread ones") @QueryParam("unread") String unread) {
    Page<NotificationView> notifications =
        centre
            .list(QueryValues.bool("unread", unread), QueryValues.page(page, size, 20))
            .map(NotificationView::of);
    PageView<NotificationView> view = PageView.of(notifications, uri);
    return PageView.withLinkHeader(Response.ok(view), view.links()).build();
  }

  @GET
  @Path("unread-count")
  @Operation(summary = "How many of the caller's notifications are unread")
  @APIResponse(responseCode = "200", description = "{\"unread\": n}")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "A company token")
  public Map<String, Long> unreadCount() {
    return Map.of("unread", centre.unreadCount());
  }

  @POST
  @Path("{id}/read")
  @Operation(summary = "Mark one notification read")
  @APIResponse(responseCode = "200", description = "The notification, read")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "A company token")
  @APIResponse(responseCode = "404", description = "No such notification of the caller's")
  public NotificationView read(@PathParam("id") long id) {
    return NotificationView.of(centre.read(id));
  }

  @POST
  @Path("read-all")
  @Operation(summary = "Mark all the caller's notifications read")
  @APIResponse(responseCode = "200", description = "{\"marked\": how many were unread}")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "A company token")
  public Map<String, Integer> readAll() {
    return Map.of("marked", centre.readAll());
  }
}
