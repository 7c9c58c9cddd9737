package org.designcontest.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.designcontest.account.control.AccountMails;
import org.designcontest.account.control.FollowedCategories;
import org.designcontest.account.control.OneTimeTokens;
import org.designcontest.account.control.Passwords;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.Company;
import org.designcontest.account.entity.OneTimeToken.Purpose;
import org.designcontest.contest.entity.Category;
import org.designcontest.platform.boundary.InvalidFieldException;

/**
 * Sign-up of designers and companies, and confirmation of their email address. Open to anyone: the
 * answer never says whether an address already has an account (its owner is told by email instead).
 */
@Stateless
public class SignUp {

  private static final Logger LOG = Logger.getLogger(SignUp.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Passwords passwords;

  @Inject AccountMails mails;

  @Inject OneTimeTokens tokens;

  @Inject FollowedCategories followedCategories;

  @Inject Clock clock;

  public void designer(@NotNull(message = "Send the sign-up form.") @Valid DesignerSignUp form) {
    Set<Category> follows = followedCategories.resolve(form.categories());
    String email = normalised(form.email());
    Optional<Account> existing = existing(email);
    if (existing.isPresent()) {
      mails.tellAboutSecondSignUp(existing.get());
      return;
    }
    Account designer =
        Account.designer(
            email,
            form.displayName().strip(),
            passwords.hash(form.password()),
            form.portfolioUrl(),
            follows,
            clock.instant());
    em.persist(designer);
    mails.askToVerify(designer);
    LOG.info(() -> "designer signed up: account=" + designer.id());
  }

  public void company(@NotNull(message = "Send the sign-up form.") @Valid CompanySignUp form) {
    String email = normalised(form.email());
    Optional<Account> existing = existing(email);
    if (existing.isPresent()) {
      mails.tellAboutSecondSignUp(existing.get());
      return;
    }
    Company company = new Company(form.companyName().strip(), clock.instant());
    em.persist(company);
    Account owner =
        Account.companyOwner(
            email,
            form.displayName().strip(),
            passwords.hash(form.password()),
            company,
            clock.instant());
    em.persist(owner);
    mails.askToVerify(owner);
    LOG.info(() -> "company signed up: company=" + company.id() + " owner=" + owner.id());
  }

  /** Confirms the address the link was sent to; the link works once and expires. */
  public void verifyEmail(@NotNull(message = "The link has no token.") String token) {
    Account account =
        tokens
            .redeem(token, Purpose.VERIFY_EMAIL)
            .orElseThrow(
                () ->
                    new InvalidFieldException(
                        "token", "This link has expired or was used already."));
    account.verifyEmail(clock.instant());
    LOG.info(() -> "email verified: account=" + account.id());
  }

  private Optional<Account> existing(String email) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  private static String normalised(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
