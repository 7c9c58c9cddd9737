package org.designcontest.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.Role;
import org.designcontest.chat.boundary.Conversations;

/** What the header offers the person signed in (looked up once per request). */
@Named
@RequestScoped
public class Navigation {

  @Inject Callers callers;

  @Inject Conversations conversations;

  private Boolean admin;
  private Boolean companyStaff;
  private Long messagesUnread;

  /** Administrators get a link to the newsletters page. */
  public boolean isAdmin() {
    if (admin == null) {
      Caller caller = callers.current();
      admin = caller.actsAsPerson() && caller.account().role() == Role.ADMIN;
    }
    return admin;
  }

  /** Company staff get links to their contests and to the create-contest wizard. */
  public boolean isCompanyStaff() {
    if (companyStaff == null) {
      Caller caller = callers.current();
      companyStaff = caller.actsAsPerson() && caller.company().isPresent();
    }
    return companyStaff;
  }

  /** The messages from the other side of the person's conversations that they have not read. */
  public long getMessagesUnread() {
    if (messagesUnread == null) {
      messagesUnread = callers.current().actsAsPerson() ? conversations.totalUnread() : 0L;
    }
    return messagesUnread;
  }
}
