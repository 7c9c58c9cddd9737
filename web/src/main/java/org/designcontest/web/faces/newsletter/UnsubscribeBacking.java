package org.designcontest.web.faces.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.designcontest.newsletter.boundary.Subscriptions;
import org.designcontest.newsletter.entity.MailingList;
import org.designcontest.web.faces.FieldMessages;

/**
 * The page an email's unsubscribe link opens, signed in or not. It asks for one click rather than
 * unsubscribing on the visit itself: mail scanners open links too.
 */
@Named
@RequestScoped
public class UnsubscribeBacking {

  @Inject Subscriptions subscriptions;

  @Inject FacesContext faces;

  private String token;

  public String unsubscribe() {
    MailingList list;
    try {
      list = subscriptions.unsubscribe(token);
    } catch (RuntimeException e) {
      return FieldMessages.stayWith(faces, "unsubscribe", e);
    }
    FieldMessages.flash(
        faces,
        list == MailingList.WEEKLY_DIGEST
            ? "You are unsubscribed from the weekly digest."
            : "You are unsubscribed from announcements.");
    return "/unsubscribe?faces-redirect=true&done=true";
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
