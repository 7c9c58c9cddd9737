package org.designcontest.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.designcontest.mail.control.MailOutbox;
import org.designcontest.mail.control.MailTemplates;
import org.designcontest.mail.control.PublicLinks;
import org.designcontest.notification.entity.Notification;

/**
 * Notifications as email, through the outbox. The Message-ID says which notification (or which run
 * of them, for a digest) the email is, so a duplicate is recognisable and cannot be queued.
 */
@ApplicationScoped
public class NotificationMails {

  static final String SETTINGS_PAGE = "/notification-settings.xhtml";

  @Inject MailOutbox outbox;

  @Inject MailTemplates templates;

  @Inject PublicLinks links;

  public void immediately(long notificationId, String to, String title, String body, String link) {
    Map<String, Object> values =
        Map.of(
            "title",
            title,
            "body",
            body,
            "link",
            links.to(link),
            "settings",
            links.to(SETTINGS_PAGE));
    outbox.send(
        "notification-" + notificationId,
        to,
        title,
        templates.text("notification", values),
        templates.html("notification", values));
  }

  /** One email listing what waited for the digest (oldest first). */
  public void digest(long accountId, String to, List<Notification> waiting) {
    String count = waiting.size() == 1 ? "1 notification" : waiting.size() + " notifications";
    Map<String, Object> values =
        Map.of(
            "count", count,
            "items",
                waiting.stream()
                    .map(
                        n ->
                            Map.of(
                                "title", n.title(), "body", n.body(), "link", links.to(n.link())))
                    .toList(),
            "settings", links.to(SETTINGS_PAGE));
    outbox.send(
        "digest-"
            + accountId
            + "-"
            + waiting.get(0).id()
            + "-"
            + waiting.get(waiting.size() - 1).id(),
        to,
        "Your designcontest digest: " + count,
        templates.text("digest", values),
        templates.html("digest", values));
  }
}
