package org.designcontest.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.CompanyInvitation;
import org.designcontest.account.entity.OneTimeToken.Purpose;
import org.designcontest.mail.control.MailOutbox;
import org.designcontest.mail.control.PublicLinks;

/** The emails about a person's own account. */
@ApplicationScoped
public class AccountMails {

  static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);
  static final Duration RESET_VALIDITY = Duration.ofHours(1);
  public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

  @Inject MailOutbox outbox;

  @Inject OneTimeTokens tokens;

  @Inject PublicLinks links;

  /** Asks the new account's owner to confirm the address with a single-use link. */
  public void askToVerify(Account account) {
    String token = tokens.issue(account, Purpose.VERIFY_EMAIL, VERIFICATION_VALIDITY);
    outbox.send(
        account.email(),
        "Confirm your email address for designcontest",
        """
        Hello %s,

        please confirm that this is your address by opening this link within %d hours:

        %s/verify-email.xhtml?token=%s

        Until you do, you can look around but not launch contests or submit entries.
        If you did not sign up, ignore this email and nothing will happen.
        """
            .formatted(account.displayName(), VERIFICATION_VALIDITY.toHours(), baseUrl(), token));
  }

  /**
   * Someone tried to sign up with an address that has an account already. The answer on the page is
   * the same either way, so that sign-up does not tell strangers who has an account; the owner
   * hears of it here.
   */
  public void tellAboutSecondSignUp(Account account) {
    outbox.send(
        account.email(),
        "You already have a designcontest account",
        """
        Hello %s,

        someone, perhaps you, tried to sign up for designcontest with this address. You already have
        an account: sign in at %s/ instead. If it was not you, you need not do anything.
        """
            .formatted(account.displayName(), baseUrl()));
  }

  /** A single-use link to choose a new password. */
  public void sendPasswordReset(Account account) {
    String token = tokens.issue(account, Purpose.RESET_PASSWORD, RESET_VALIDITY);
    outbox.send(
        account.email(),
        "Choose a new designcontest password",
        """
        Hello %s,

        to choose a new password, open this link within %d minutes:

        %s/reset-password.xhtml?token=%s

        If you did not ask for this, ignore this email: your password stays as it is.
        """
            .formatted(account.displayName(), RESET_VALIDITY.toMinutes(), baseUrl(), token));
  }

  /** Invites a colleague to join the company, with a link that works once. */
  public void sendInvitation(CompanyInvitation invitation, Account owner, String secret) {
    outbox.send(
        invitation.email(),
        "Join " + invitation.company().name() + " on designcontest",
        """
        Hello,

        %s invites you to join %s on designcontest, to run design contests together.
        Open this link within %d days to choose your name and password:

        %s/join.xhtml?token=%s

        If you do not know %s, ignore this email.
        """
            .formatted(
                owner.displayName(),
                invitation.company().name(),
                INVITATION_VALIDITY.toDays(),
                baseUrl(),
                secret,
                owner.displayName()));
  }

  private String baseUrl() {
    return links.to("");
  }
}
