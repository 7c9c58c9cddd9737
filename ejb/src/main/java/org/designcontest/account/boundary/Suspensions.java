package org.designcontest.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.Account;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.NotPermittedException;

/**
 * Moderators suspend and restore accounts. A suspension takes effect at once: sign-in, sessions and
 * the account's API tokens are checked against it on every request.
 */
@Stateless
public class Suspensions {

  private static final Logger LOG = Logger.getLogger(Suspensions.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  @Inject Clock clock;

  public void suspend(long accountId) {
    Caller moderator = requireModerator();
    Account account = find(accountId);
    if (account.id().equals(moderator.account().id())) {
      throw new NotPermittedException("Moderators cannot suspend themselves.");
    }
    account.suspend(clock.instant());
    LOG.info(() -> "account suspended: account=" + accountId + " by " + moderator.account().id());
  }

  public void restore(long accountId) {
    Caller moderator = requireModerator();
    find(accountId).restore();
    LOG.info(() -> "account restored: account=" + accountId + " by " + moderator.account().id());
  }

  private Caller requireModerator() {
    Caller caller = callers.current();
    caller.requireWriter();
    if (!caller.isModerator()) {
      throw new NotPermittedException("Only moderators may do this.");
    }
    return caller;
  }

  private Account find(long accountId) {
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new NotFoundException("There is no account " + accountId + ".");
    }
    return account;
  }
}
