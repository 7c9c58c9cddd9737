package org.designcontest.web.faces.moderation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.designcontest.account.boundary.AccountDirectory;
import org.designcontest.account.boundary.AccountDirectory.Listed;
import org.designcontest.account.boundary.Suspensions;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.NotPermittedException;
import org.designcontest.platform.boundary.Page;
import org.designcontest.web.faces.FieldMessages;
import org.designcontest.web.faces.SignInFirst;

/**
 * The moderators' accounts page ({@code moderation-accounts.xhtml?q=…&suspended=true&page=N}):
 * search by email or name, suspend or restore after a second step that says what will happen. The
 * services decide who may (403 for everyone but moderators) and refuse what they refuse (a
 * moderator suspending themselves): the refusal is shown, nothing changes. View scoped: the
 * confirmation step is a postback of the same view.
 */
@Named
@ViewScoped
public class ModerationAccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 20;

  @Inject AccountDirectory directory;

  @Inject Suspensions suspensions;

  private String q;
  private String suspended;
  private String page;

  /** The account the second step asks about, and whether to suspend (or restore) it. */
  private Long pendingId;

  private boolean pendingSuspend;
  private String pendingName;
  private String refusal;

  private transient Page<Listed> accounts;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (SignInFirst.redirected(faces)) {
      return;
    }
    try {
      getAccounts();
    } catch (NotPermittedException e) {
      PageParams.sendError(faces, 403, e.getMessage());
    } catch (InvalidFieldException e) {
      accounts = Page.of(List.of(), 0, new Page.Request(0, PAGE_SIZE));
      FieldMessages.show(faces, "search", e);
    }
  }

  /** The search form: to the page's address with the new query (bookmarkable, back works). */
  public String search() {
    page = null;
    return "/moderation-accounts?faces-redirect=true&includeViewParams=true";
  }

  /** The first step: ask before suspending or restoring. */
  public void ask(long accountId, boolean suspend) {
    refusal = null;
    pendingId = accountId;
    pendingSuspend = suspend;
    pendingName =
        getAccounts().items().stream()
            .filter(a -> a.id() == accountId)
            .findFirst()
            .map(a -> a.displayName() + " (" + a.email() + ")")
            .orElse("account " + accountId);
  }

  public void dismiss() {
    pendingId = null;
    pendingName = null;
  }

  /** The second step: the service acts or refuses; a refusal stays on the page. */
  public String confirm() {
    if (pendingId == null) {
      return null;
    }
    String name = pendingName;
    try {
      if (pendingSuspend) {
        suspensions.suspend(pendingId);
      } else {
        suspensions.restore(pendingId);
      }
    } catch (BusinessException e) {
      refusal = e.getMessage();
      dismiss();
      accounts = null;
      return null;
    }
    FieldMessages.flash(
        FacesContext.getCurrentInstance(),
        pendingSuspend
            ? name + " is suspended: signed out everywhere, and cannot sign in or use the API."
            : name + " is restored and can sign in again.");
    return "/moderation-accounts?faces-redirect=true&includeViewParams=true";
  }

  /** Also on a postback: the table's buttons must find their rows again. */
  public Page<Listed> getAccounts() {
    if (accounts == null) {
      Long number = PageParams.number(page);
      accounts =
          directory.search(
              q,
              "true".equals(suspended),
              new Page.Request(number == null ? 0 : number.intValue(), PAGE_SIZE));
    }
    return accounts;
  }

  public boolean isSuspendedAccount(Listed account) {
    return account.suspendedAt() != null;
  }

  public boolean isHasPrevious() {
    return getAccounts().page() > 0;
  }

  public boolean isHasNext() {
    return getAccounts().page() + 1 < getAccounts().pageCount();
  }

  public int getPreviousPage() {
    return getAccounts().page() - 1;
  }

  public int getNextPage() {
    return getAccounts().page() + 1;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getSuspended() {
    return suspended;
  }

  public void setSuspended(String suspended) {
    this.suspended = suspended;
  }

  /** The "suspended only" checkbox. */
  public boolean isSuspendedOnly() {
    return "true".equals(suspended);
  }

  public void setSuspendedOnly(boolean only) {
    suspended = only ? "true" : null;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public Long getPendingId() {
    return pendingId;
  }

  public boolean isPendingSuspend() {
    return pendingSuspend;
  }

  public String getPendingName() {
    return pendingName;
  }

  public String getRefusal() {
    return refusal;
  }
}
