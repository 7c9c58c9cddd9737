package org.designcontest.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import java.util.List;
import java.util.Map;
import org.designcontest.platform.control.LiveChannel;

/** Tells the open pages of a person that a notification arrived (a toast and the unread count). */
@ApplicationScoped
public class LiveNotices {

  // Json.createObjectBuilder() looks the provider up through the ServiceLoader on every call: once
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  @Inject LiveChannel live;

  /**
   * @param unread how many of the person's notifications are unread now
   */
  public void notificationArrived(long accountId, long id, String title, String link, long unread) {
    live.tell(
        List.of(accountId),
        JSON.createObjectBuilder()
            .add("type", "notification")
            .add("id", id)
            .add("title", title)
            .add("link", link)
            .add("unread", unread)
            .build()
            .toString());
  }
}
