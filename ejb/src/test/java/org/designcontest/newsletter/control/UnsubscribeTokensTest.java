package org.designcontest.newsletter.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.designcontest.newsletter.control.UnsubscribeTokens.Unsubscription;
import org.designcontest.newsletter.entity.MailingList;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

  private static UnsubscribeTokens withKey(String key) {
    UnsubscribeTokens tokens = new UnsubscribeTokens();
    tokens.key = Optional.ofNullable(key);
    return tokens;
  }

  private final UnsubscribeTokens tokens = withKey("a key of sixteen+ characters");

  @Test
  void aTokenNamesItsPersonAndList() {
    String token = tokens.issue(42, MailingList.WEEKLY_DIGEST);
    assertThat(token).startsWith("42.WEEKLY_DIGEST.");
    assertThat(tokens.verify(token)).contains(new Unsubscription(42, MailingList.WEEKLY_DIGEST));
  }

  @Test
  void anyChangeOrAnotherKeyMakesItWorthless() {
    String token = tokens.issue(42, MailingList.ANNOUNCEMENTS);
    String signature = token.substring(token.lastIndexOf('.') + 1);
    assertThat(tokens.verify("43.ANNOUNCEMENTS." + signature)).isEmpty();
    assertThat(tokens.verify("42.WEEKLY_DIGEST." + signature)).isEmpty();
    assertThat(tokens.verify(token + "x")).isEmpty();
    assertThat(withKey("another key, also long enough").verify(token)).isEmpty();
    assertThat(tokens.verify(null)).isEmpty();
    assertThat(tokens.verify("42.ANNOUNCEMENTS")).isEmpty();
    assertThat(tokens.verify("x.ANNOUNCEMENTS." + signature)).isEmpty();
  }

  @Test
  void noKeyNoTokens() {
    assertThatThrownBy(() -> withKey(null).issue(1, MailingList.ANNOUNCEMENTS))
        .hasMessageContaining("NEWSLETTER_KEY");
    assertThatThrownBy(() -> withKey("short").issue(1, MailingList.ANNOUNCEMENTS))
        .hasMessageContaining("16");
  }
}
