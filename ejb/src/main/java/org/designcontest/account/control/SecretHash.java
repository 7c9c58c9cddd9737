package org.designcontest.account.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets for links and tokens, and the SHA-256 under which they are stored. A fast hash is
 * right here (unlike for passwords): the secrets are 256 random bits, so there is nothing to guess.
 */
public final class SecretHash {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretHash() {}

  /** 32 random bytes, URL-safe Base64 (43 characters). */
  public static String newSecret() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  public static String sha256(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
