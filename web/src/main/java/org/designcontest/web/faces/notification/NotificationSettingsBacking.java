package org.designcontest.web.faces.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.designcontest.notification.boundary.NotificationSettings;
import org.designcontest.notification.boundary.NotificationSettings.Settings;
import org.designcontest.notification.entity.Delivery;
import org.designcontest.notification.entity.NotificationKind;
import org.designcontest.web.faces.FieldMessages;
import org.designcontest.web.faces.SignInFirst;

/** The notification settings page: email per kind, and the hour of the daily digest. */
@Named
@RequestScoped
public class NotificationSettingsBacking {

  @Inject NotificationSettings settings;

  @Inject FacesContext faces;

  // by kind name: the page binds plain strings (an enum in a map has no converter)
  private final Map<String, String> email = new HashMap<>();
  private Integer digestHour;
  private String timeZone;

  /** Sends visitors who are not signed in to the sign-in page; fills the form otherwise. */
  public void load() throws IOException {
    if (SignInFirst.redirected(faces)) {
      return;
    }
    if (!faces.isPostback()) {
      Settings mine = settings.mine();
      mine.email().forEach((kind, delivery) -> email.put(kind.name(), delivery.name()));
      digestHour = mine.digestHour();
      timeZone = mine.timeZone();
    }
  }

  public String save() {
    try {
      Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
      for (NotificationKind kind : NotificationKind.values()) {
        String delivery = email.get(kind.name());
        if (delivery != null && !delivery.isBlank()) { // a select the form did not send
          chosen.put(kind, Delivery.valueOf(delivery));
        }
      }
      settings.change(new Settings(chosen, digestHour, timeZone));
    } catch (RuntimeException e) {
      return FieldMessages.stayWith(faces, "settings", e);
    }
    FieldMessages.flash(faces, "Your notification settings are saved.");
    return "/notification-settings?faces-redirect=true";
  }

  public List<NotificationKind> getKinds() {
    return List.of(NotificationKind.values());
  }

  public Map<String, String> getEmail() {
    return email;
  }

  public Integer getDigestHour() {
    return digestHour;
  }

  public void setDigestHour(Integer digestHour) {
    this.digestHour = digestHour;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
