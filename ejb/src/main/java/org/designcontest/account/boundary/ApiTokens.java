package org.designcontest.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.account.control.SecretHash;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.ApiToken;
import org.designcontest.account.entity.Company;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.NotPermittedException;

/**
 * API tokens: a person's own, or their company's for its external systems. Made by people only (a
 * token cannot make tokens), shown once, revocable by whoever can see them.
 */
@Stateless
public class ApiTokens {

  private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  @Inject Clock clock;

  /** A new token and its secret, which is not kept and cannot be shown again. */
  public record Created(ApiToken token, String secret) {}

  public Created create(@NotNull(message = "Describe the token.") @Valid NewApiToken request) {
    Caller caller = callers.current();
    Account maker = caller.requireAccount();
    if (caller.token() != null) {
      throw new NotPermittedException("Tokens cannot make tokens: sign in as yourself.");
    }
    Company company = null;
    if (request.forCompany()) {
      company =
          maker
              .company()
              .orElseThrow(
                  () -> new NotPermittedException("Only company staff make company tokens."));
    }
    String secret = "dc_" + SecretHash.newSecret();
    ApiToken token =
        new ApiToken(
            SecretHash.sha256(secret),
            request.name().strip(),
            maker,
            company,
            request.scope(),
            clock.instant());
    em.persist(token);
    LOG.info(
        () ->
            "api token made: token="
                + token.id()
                + " by account="
                + maker.id()
                + (request.forCompany()
                    ? " for company=" + token.company().orElseThrow().id()
                    : ""));
    return new Created(token, secret);
  }

  /**
   * The caller's own tokens (when acting as themselves) and their company's, newest first, without
   * secrets.
   */
  public List<ApiToken> visible() {
    Caller caller = callers.current();
    Account account = caller.requireAccount();
    return em.createNamedQuery(ApiToken.VISIBLE_TO, ApiToken.class)
        .setParameter("accountId", caller.actsAsPerson() ? account.id() : -1L)
        .setParameter("companyId", caller.company().map(Company::id).orElse(-1L))
        .getResultList();
  }

  public void revoke(long tokenId) {
    Caller caller = callers.current();
    caller.requireWriter();
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null || !mayManage(caller, token)) {
      throw new NotFoundException("There is no token " + tokenId + ".");
    }
    token.revoke(clock.instant());
    LOG.info(() -> "api token revoked: token=" + tokenId + " by " + caller.account().id());
  }

  private static boolean mayManage(Caller caller, ApiToken token) {
    return token
        .company()
        .map(caller::actsFor)
        .orElseGet(
            () -> caller.actsAsPerson() && token.createdBy().id().equals(caller.account().id()));
  }
}
