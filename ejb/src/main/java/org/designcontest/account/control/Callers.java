package org.designcontest.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.Role;
import org.designcontest.platform.boundary.NotAuthenticatedException;
import org.designcontest.platform.boundary.NotPermittedException;

/**
 * Placeholder caller check, to be replaced by Jakarta Security in the security issue: the transport
 * passes the id of the acting account as it was given to it, and the services ask here whether that
 * account may act. The rule already lives in the service layer, where the real check will go.
 */
@ApplicationScoped
public class Callers {

  @PersistenceContext EntityManager em;

  /** The acting account, which must be a member of a company. */
  public Account requireCompanyStaff(Long accountId) {
    if (accountId == null) {
      throw new NotAuthenticatedException("Say who is acting (header X-Account-Id).");
    }
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new NotAuthenticatedException("No account " + accountId + ".");
    }
    if (account.role() != Role.CUSTOMER) {
      throw new NotPermittedException("Only company staff may do this.");
    }
    return account;
  }
}
