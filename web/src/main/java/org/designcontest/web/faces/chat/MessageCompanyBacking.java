package org.designcontest.web.faces.chat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.designcontest.chat.boundary.Conversations;

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

  private Long contest;
  private Boolean offered;

  /**
   * Whether the page offers the button (asked once per view); the service decides again when it is
   * pressed.
   */
  public boolean offeredIn(Long contestId) {
    if (offered == null && contestId != null) {
      contest = contestId;
      offered = conversations.mayOpen(contestId);
    }
    return Boolean.TRUE.equals(offered);
  }

  public String open() {
    long conversation = conversations.open(null, contest).conversation().id();
    return "/messages?faces-redirect=true&conversation=" + conversation;
  }
}
