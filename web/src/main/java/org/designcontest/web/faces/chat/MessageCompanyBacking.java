package org.designcontest.web.faces.chat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.Role;
import org.designcontest.chat.boundary.Conversations;
import org.designcontest.entry.boundary.Entries;
import org.designcontest.platform.boundary.Page;

/**
 * "Message the company" on a contest's page, for a designer with an entry there: opens (or finds)
 * their conversation and goes to it. View scoped, so that the button's postback still knows the
 * contest (the page's view parameter is set only after the button is decoded).
 */
@Named
@ViewScoped
public class MessageCompanyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Conversations conversations;

  @Inject Entries entries;

  @Inject Callers callers;

  private Long contest;
  private Boolean offered;

  /**
   * Whether the page offers the button (asked once per view): to a designer who sees an entry of
   * their own in the contest. The service decides again when it is pressed.
   */
  public boolean offeredIn(Long contestId) {
    if (offered == null && contestId != null) {
      contest = contestId;
      var caller = callers.current();
      offered =
          caller.actsAsPerson()
              && caller.account().role() == Role.DESIGNER
              && entries.of(contestId, new Page.Request(0, 1)).entries().total() > 0;
    }
    return Boolean.TRUE.equals(offered);
  }

  public String open() {
    long conversation = conversations.open(null, contest).conversation().id();
    return "/messages?faces-redirect=true&conversation=" + conversation;
  }
}
