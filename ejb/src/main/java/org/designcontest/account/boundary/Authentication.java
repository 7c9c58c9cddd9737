package org.designcontest.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.designcontest.account.control.Callers;
import org.designcontest.account.control.OneTimeTokens;
import org.designcontest.account.control.Passwords;
import org.designcontest.account.control.SecretHash;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.ApiToken;
import org.designcontest.account.entity.LoginFailure;
import org.designcontest.account.entity.OneTimeToken.Purpose;

/**
 * Who someone is: password checks with throttling, API bearer tokens, remembered browsers. Used by
 * the web module's authentication mechanism and identity store; decides nothing about rights.
 */
@Stateless
public class Authentication {

  /** After this many failures within the window, an account or address must wait. */
  public static final int ALLOWED_FAILURES = 5;

  public static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);

  static final Duration REMEMBER_FOR = Duration.ofDays(30);

  private static final Logger LOG = Logger.getLogger(Authentication.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Passwords passwords;

  @Inject OneTimeTokens oneTimeTokens;

  @Inject Clock clock;

  /** Who signed in, as the container will know them. */
  public record Identity(String principal, Set<String> groups) {

    static Identity of(Account account) {
      return new Identity(Callers.ACCOUNT_PREFIX + account.id(), Set.of(account.role().name()));
    }
  }

  /**
   * The person with this email and password, if both are right and the account is not suspended.
   */
  public Optional<Identity> checkPassword(String email, String password) {
    Optional<Account> account = byEmail(email).filter(a -> a.passwordHash() != null);
    if (account.isEmpty()) {
      passwords.takeAsLongAsACheck(password); // the answer must not tell who has an account
      return Optional.empty();
    }
    return account
        .filter(a -> passwords.matches(password, a.passwordHash()) && !a.isSuspended())
        .map(Identity::of);
  }

  /** Until when sign-in is refused for this email or this client address, if it is. */
  public Optional<Instant> blockedUntil(String email, String address) {
    Instant windowStart = clock.instant().minus(THROTTLE_WINDOW);
    return keys(email, address).stream()
        .map(key -> em.find(LoginFailure.class, key))
        .filter(f -> f != null && f.failures() >= ALLOWED_FAILURES)
        .filter(f -> f.lastFailureAt().isAfter(windowStart))
        .map(f -> f.lastFailureAt().plus(THROTTLE_WINDOW))
        .max(Instant::compareTo);
  }

  public void failedSignIn(String email, String address) {
    Instant now = clock.instant();
    for (String key : keys(email, address)) {
      em.createNamedQuery(LoginFailure.COUNT_ONE_MORE)
          .setParameter(1, key)
          .setParameter(2, now.atOffset(ZoneOffset.UTC))
          .setParameter(3, now.minus(THROTTLE_WINDOW).atOffset(ZoneOffset.UTC))
          .executeUpdate();
    }
    LOG.info(() -> "sign-in failed: address=" + address);
  }

  /** A right password clears the account's failures (not the address's). */
  public void succeededSignIn(String email) {
    LoginFailure failures = em.find(LoginFailure.class, accountKey(email));
    if (failures != null) {
      em.remove(failures);
    }
  }

  /** The identity of a session's account, unless it was suspended since. */
  public Optional<Identity> activeAccount(long accountId) {
    return Optional.ofNullable(em.find(Account.class, accountId))
        .filter(a -> !a.isSuspended())
        .map(Identity::of);
  }

  /** The group of a token that acts for a company rather than for the person who made it. */
  public static final String COMPANY_TOKEN = "company-token";

  /** The identity a bearer token gives, if it is known, not revoked and its maker not suspended. */
  public Optional<Identity> bearerToken(String secret) {
    return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
        .setParameter("hash", SecretHash.sha256(secret))
        .getResultStream()
        .filter(token -> !token.isRevoked() && !token.createdBy().isSuspended())
        .findFirst()
        .map(
            token -> {
              token.used(clock.instant());
              Set<String> groups = new HashSet<>();
              groups.add(token.createdBy().role().name());
              groups.add("scope:" + token.scope());
              token.company().ifPresent(company -> groups.add(COMPANY_TOKEN));
              return new Identity(Callers.TOKEN_PREFIX + token.id(), groups);
            });
  }

  /** A new secret that keeps this browser signed in. */
  public String remember(String principal) {
    Account account = em.find(Account.class, accountIdOf(principal));
    return oneTimeTokens.issue(account, Purpose.REMEMBER_ME, REMEMBER_FOR);
  }

  /**
   * Signs a remembered browser in, using its secret up and giving it a new one; empty if the secret
   * is unknown, used, expired, or its account suspended.
   */
  public Optional<Remembered> signInRemembered(String secret) {
    return oneTimeTokens
        .redeem(secret, Purpose.REMEMBER_ME)
        .filter(account -> !account.isSuspended())
        .map(
            account ->
                new Remembered(
                    Identity.of(account),
                    oneTimeTokens.issue(account, Purpose.REMEMBER_ME, REMEMBER_FOR)));
  }

  /** Forgets a remembered browser (on sign-out). */
  public void forget(String secret) {
    oneTimeTokens.redeem(secret, Purpose.REMEMBER_ME);
  }

  /** A remembered browser's identity and the secret that replaces the one it sent. */
  public record Remembered(Identity identity, String newSecret) {}

  private Optional<Account> byEmail(String email) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", normalised(email))
        .getResultStream()
        .findFirst();
  }

  private static List<String> keys(String email, String address) {
    return List.of(accountKey(email), "address:" + address);
  }

  private static String accountKey(String email) {
    String key = "account:" + normalised(email);
    return key.length() > 300 ? key.substring(0, 300) : key;
  }

  private static String normalised(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  private static long accountIdOf(String principal) {
    return Long.parseLong(principal.substring(Callers.ACCOUNT_PREFIX.length()));
  }
}
