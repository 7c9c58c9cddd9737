package org.designcontest.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.OneTimeToken;
import org.designcontest.account.entity.OneTimeToken.Purpose;

/** Issues and redeems the single-use secrets behind emailed links. */
@ApplicationScoped
public class OneTimeTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** A new secret for the account, valid for {@code validity}; only its hash is stored. */
  public String issue(Account account, Purpose purpose, Duration validity) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    em.persist(new OneTimeToken(sha256(token), purpose, account, clock.instant().plus(validity)));
    return token;
  }

  /**
   * The account the secret was issued to, using the secret up; empty if unknown, used or expired.
   */
  public Optional<Account> redeem(String token, Purpose purpose) {
    return em.createNamedQuery(OneTimeToken.BY_HASH, OneTimeToken.class)
        .setParameter("hash", sha256(token))
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

  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
