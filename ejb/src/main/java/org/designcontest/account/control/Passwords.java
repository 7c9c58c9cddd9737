package org.designcontest.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashing with Jakarta Security's PBKDF2: HMAC-SHA512, 210,000 iterations (OWASP's figure
 * for this algorithm), a random 32-byte salt per password, stored together as one string.
 */
@ApplicationScoped
public class Passwords {

  public static final int MIN_LENGTH = 10;

  @Inject Pbkdf2PasswordHash pbkdf2;

  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash("a password nobody has");
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return storedHash != null && pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /**
   * Spends the time of a real check, for answers that must not reveal that there was nothing to
   * check.
   */
  public void takeAsLongAsACheck(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
  }
}
