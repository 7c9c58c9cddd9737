package org.designcontest.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.logging.Logger;
import org.designcontest.account.control.AccountMails;
import org.designcontest.account.control.OneTimeTokens;
import org.designcontest.account.control.Passwords;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.OneTimeToken.Purpose;
import org.designcontest.platform.boundary.InvalidFieldException;

/**
 * Forgotten passwords: a single-use link by email, then a new password. The request's answer is the
 * same whether or not the address has an account.
 */
@Stateless
public class PasswordReset {

  private static final Logger LOG = Logger.getLogger(PasswordReset.class.getName());

  @PersistenceContext EntityManager em;

  @Inject AccountMails mails;

  @Inject OneTimeTokens tokens;

  @Inject Passwords passwords;

  /** Emails a reset link if the address has an account; says nothing either way. */
  public void request(
      @NotNull(message = "Enter your email address.") @Valid PasswordResetRequest request) {
    em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", request.email().strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst()
        .filter(account -> !account.isSuspended())
        .ifPresent(
            account -> {
              mails.sendPasswordReset(account);
              LOG.info(() -> "password reset requested: account=" + account.id());
            });
  }

  /** Sets the new password; the link works once and expires. */
  public void reset(@NotNull(message = "Choose a new password.") @Valid NewPassword request) {
    Account account =
        tokens
            .redeem(request.token(), Purpose.RESET_PASSWORD)
            .orElseThrow(
                () ->
                    new InvalidFieldException(
                        "token", "This link has expired or was used already."));
    account.changePassword(passwords.hash(request.password()));
    LOG.info(() -> "password reset: account=" + account.id());
  }
}
