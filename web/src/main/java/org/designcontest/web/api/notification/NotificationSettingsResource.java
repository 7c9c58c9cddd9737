package org.designcontest.web.api.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.designcontest.notification.boundary.NotificationSettings;
import org.designcontest.notification.boundary.NotificationSettings.Settings;
import org.designcontest.notification.entity.Delivery;
import org.designcontest.notification.entity.NotificationKind;
import org.designcontest.web.api.QueryValues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How the caller hears of notifications by email. */
@Path("notification-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationSettingsResource {

  /**
   * @param email per kind: IMMEDIATELY, DAILY (in the digest) or NEVER (only in the app)
   * @param kinds what each kind covers, and its default (in answers only)
   */
  public record SettingsView(
      Map<String, String> email, Integer digestHour, String timeZone, List<KindView> kinds) {}

  public record KindView(String kind, String label, String byDefault) {}

  @Inject NotificationSettings settings;

  @GET
  @Operation(summary = "The caller's email choice per kind and the hour of the daily digest")
  @APIResponse(responseCode = "200", description = "The settings")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "A company token")
  public SettingsView mine() {
    return view(settings.mine());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change them; what is left out stays as it is")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "digest for feedback, at 7 in Berlin",
                      value =
                          "{\"email\": {\"FEEDBACK\": \"DAILY\", \"NEW_ENTRIES\": \"NEVER\"},"
                              + " \"digestHour\": 7, \"timeZone\": \"Europe/Berlin\"}")))
  @APIResponse(responseCode = "200", description = "The settings now")
  @APIResponse(responseCode = "400", description = "An unknown kind or delivery, hour or zone")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "A company token")
  public SettingsView change(SettingsView wanted) {
    if (wanted == null) {
      wanted = new SettingsView(null, null, null, null);
    }
    Map<NotificationKind, Delivery> email = new EnumMap<>(NotificationKind.class);
    if (wanted.email() != null) {
      wanted
          .email()
          .forEach(
              (kind, delivery) ->
                  email.put(
                      QueryValues.requiredEnum(NotificationKind.class, "email", kind),
                      QueryValues.requiredEnum(Delivery.class, "email." + kind, delivery)));
    }
    return view(settings.change(new Settings(email, wanted.digestHour(), wanted.timeZone())));
  }

  private static SettingsView view(Settings settings) {
    Map<String, String> email = new LinkedHashMap<>();
    settings.email().forEach((kind, delivery) -> email.put(kind.name(), delivery.name()));
    return new SettingsView(
        email,
        settings.digestHour(),
        settings.timeZone(),
        List.of(NotificationKind.values()).stream()
            .map(k -> new KindView(k.name(), k.label(), k.byDefault().name()))
            .toList());
  }
}
