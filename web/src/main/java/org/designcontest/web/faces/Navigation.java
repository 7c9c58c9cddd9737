package org.designcontest.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.designcontest.account.boundary.CurrentCaller;
import org.designcontest.account.control.Caller;
import org.designcontest.account.entity.Role;
import org.designcontest.chat.boundary.Conversations;

/**
 * What the header offers the person signed in (looked up once per request). Only links: every
 * page's service decides again who may do what.
 */
@Named
@RequestScoped
public class Navigation {

  @Inject CurrentCaller currentCaller;

  @Inject Conversations conversations;

  private Caller caller;
  private Long messagesUnread;

  /** Administrators get a link to the newsletters page. */
  public boolean isAdmin() {
    return actsAs(Role.ADMIN);
  }

  /** Designers get links to their entries, the categories and their earnings. */
  public boolean isDesigner() {
    return actsAs(Role.DESIGNER);
  }

  /** Moderators (and administrators) get a link to the moderation pages. */
  public boolean isModerator() {
    return caller().isModerator();
  }

  /** Company staff get links to their contests and to the create-contest wizard. */
  public boolean isCompanyStaff() {
    return caller().actsAsPerson() && caller().company().isPresent();
  }

  /** The messages from the other side of the person's conversations that they have not read. */
  public long getMessagesUnread() {
    if (messagesUnread == null) {
      messagesUnread = caller().actsAsPerson() ? conversations.totalUnread() : 0L;
    }
    return messagesUnread;
  }

  private boolean actsAs(Role role) {
    return caller().actsAsPerson() && caller().account().role() == role;
  }

  private Caller caller() {
    if (caller == null) {
      caller = currentCaller.get();
    }
    return caller;
  }
}
