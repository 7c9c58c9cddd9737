package org.designcontest.web.faces.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import org.designcontest.notification.boundary.NotificationCentre;
import org.designcontest.notification.entity.Notification;
import org.designcontest.platform.boundary.Page;
import org.designcontest.web.faces.FieldMessages;
import org.designcontest.web.faces.SignInFirst;

/** The notification centre page, and the unread count in every page's header. */
@Named
@RequestScoped
public class NotificationsBacking {

  private static final int PAGE_SIZE = 20;

  @Inject NotificationCentre centre;

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  private int page;
  private Page<Notification> notifications;
  private Long unread;

  /** Sends visitors who are not signed in to the sign-in page. */
  public void load() throws IOException {
    SignInFirst.redirected(faces);
  }

  /** Marks it read and opens what it is about. */
  public String open(long id) {
    String link = centre.read(id).link();
    return link + (link.contains("?") ? "&" : "?") + "faces-redirect=true";
  }

  public String markRead(long id) {
    centre.read(id);
    FieldMessages.flash(faces, "Marked as read.");
    return "/notifications?faces-redirect=true&page=" + page;
  }

  public String markAllRead() {
    int marked = centre.readAll();
    FieldMessages.flash(
        faces,
        marked == 0
            ? "Nothing was unread."
            : marked == 1
                ? "1 notification marked as read."
                : marked + " notifications marked as read.");
    return "/notifications?faces-redirect=true";
  }

  /** For the header: the signed-in person's unread count (0 for visitors). */
  public long getUnread() {
    if (unread == null) {
      unread = security.getCallerPrincipal() == null ? 0L : centre.unreadCount();
    }
    return unread;
  }

  /** Loaded when first shown, also on a postback (the row buttons need their rows). */
  public Page<Notification> getNotifications() {
    if (notifications == null) {
      notifications = centre.list(false, new Page.Request(Math.max(0, page), PAGE_SIZE));
    }
    return notifications;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
