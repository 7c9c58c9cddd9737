package org.designcontest.web.api.notification;

import java.time.Instant;
import org.designcontest.notification.entity.Notification;

/** A notification as the API shows it; {@code link} is a page of this application. */
public record NotificationView(
    long id,
    String kind,
    String title,
    String body,
    String link,
    long contestId,
    Long entryId,
    Instant createdAt,
    boolean read) {

  static NotificationView of(Notification n) {
    return new NotificationView(
        n.id(),
        n.kind().name(),
        n.title(),
        n.body(),
        n.link(),
        n.contestId(),
        n.entryId().orElse(null),
        n.createdAt(),
        n.isRead());
  }
}
