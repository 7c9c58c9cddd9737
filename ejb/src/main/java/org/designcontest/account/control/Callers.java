package org.designcontest.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.ApiToken;
import org.designcontest.platform.boundary.NotAuthenticatedException;

/**
 * Resolves the container's caller principal ("account:&lt;id&gt;" for a person signed in,
 * "token:&lt;id&gt;" for an API token) to a {@link Caller}, reading the database each time: a
 * suspension or a revocation takes effect on the next request.
 */
@ApplicationScoped
public class Callers {

  public static final String ACCOUNT_PREFIX = "account:";
  public static final String TOKEN_PREFIX = "token:";

  @PersistenceContext EntityManager em;

  @Inject SecurityContext security;

  public Caller current() {
    return of(security.getCallerPrincipal());
  }

  /** The caller a principal stands for (where there is no request: a WebSocket session). */
  public Caller of(Principal principal) {
    String name = principal == null ? "" : principal.getName();
    if (name.startsWith(ACCOUNT_PREFIX)) {
      return new Caller(active(em.find(Account.class, id(name, ACCOUNT_PREFIX))), null);
    }
    if (name.startsWith(TOKEN_PREFIX)) {
      ApiToken token =
          em.createNamedQuery(ApiToken.WITH_ACCOUNT, ApiToken.class)
              .setParameter("id", id(name, TOKEN_PREFIX))
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (token == null || token.isRevoked()) {
        throw new NotAuthenticatedException("This API token was revoked.");
      }
      return new Caller(active(token.createdBy()), token);
    }
    return Caller.ANONYMOUS;
  }

  private static Account active(Account account) {
    if (account == null || account.isSuspended()) {
      throw new NotAuthenticatedException("This account is suspended.");
    }
    return account;
  }

  private static long id(String name, String prefix) {
    return Long.parseLong(name.substring(prefix.length()));
  }
}
