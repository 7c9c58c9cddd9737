package org.designcontest.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.designcontest.newsletter.entity.MailingList;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Unsubscribe tokens: "ACCOUNT.LIST.SIGNATURE", an HMAC-SHA256 over the purpose, the account and
 * the list with the key in {@code NEWSLETTER_KEY} (from the environment). A token does one thing
 * only, takes one person off one list, and needs no sign-in and no database row.
 */
@ApplicationScoped
public class UnsubscribeTokens {

  private static final String PURPOSE = "unsubscribe";

  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  @Inject
  @ConfigProperty(name = "NEWSLETTER_KEY")
  Optional<String> key;

  /** Whom a token takes off which list. */
  public record Unsubscription(long accountId, MailingList list) {}

  public String issue(long accountId, MailingList list) {
    String subject = accountId + "." + list.name();
    return subject + "." + sign(subject);
  }

  /** The unsubscription a token asks for, if it is well formed and was signed with our key. */
  public Optional<Unsubscription> verify(String token) {
    if (token == null) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || !parts[0].matches("\\d{1,18}")) {
      return Optional.empty();
    }
    String subject = parts[0] + "." + parts[1];
    boolean signed =
        MessageDigest.isEqual(
            sign(subject).getBytes(StandardCharsets.US_ASCII),
            parts[2].getBytes(StandardCharsets.US_ASCII));
    if (!signed) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Unsubscription(Long.parseLong(parts[0]), MailingList.valueOf(parts[1])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private String sign(String subject) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
      return BASE64.encodeToString(
          mac.doFinal((PURPOSE + ":" + subject).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java has HmacSHA256", e);
    }
  }

  private byte[] secret() {
    String value =
        key.filter(k -> k.length() >= 16)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Set NEWSLETTER_KEY (at least 16 characters) to sign unsubscribe links."));
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
