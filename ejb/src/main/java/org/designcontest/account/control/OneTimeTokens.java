package org.designcontest.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.OneTimeToken;
import org.designcontest.account.entity.OneTimeToken.Purpose;

/** Issues and redeems the single-use secrets behind emailed links. */
@ApplicationScoped
public class OneTimeTokens {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** A new secret for the account, valid for {@code validity}; only its hash is stored. */
  public String issue(Account account, Purpose purpose, Duration validity) {
    String token = SecretHash.newSecret();
    em.persist(
        new OneTimeToken(
            SecretHash.sha256(token), purpose, account, clock.instant().plus(validity)));
    return token;
  }

  /**
   * The account the secret was issued to, using the secret up; empty if unknown, used or expired.
   */
  public Optional<Account> redeem(String token, Purpose purpose) {
    return em.createNamedQuery(OneTimeToken.BY_HASH, OneTimeToken.class)
        .setParameter("hash", SecretHash.sha256(token))
        .setParameter("purpose", purpose)
        .getResultStream()
        .filter(found -> found.isUsable(clock.instant()))
        .findFirst()
        .map(
            found -> {
              found.use(clock.instant());
              return found.account();
            });
  }
}
