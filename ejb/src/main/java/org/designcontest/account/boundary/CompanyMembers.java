package org.designcontest.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.designcontest.account.control.AccountMails;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.account.control.Passwords;
import org.designcontest.account.control.SecretHash;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.Company;
import org.designcontest.account.entity.CompanyInvitation;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.NotPermittedException;

/**
 * A company's staff: any member sees them; the owner invites colleagues by email and removes them.
 * An invitation is a single-use link that expires; whoever opens it joins with a name and password.
 */
@Stateless
public class CompanyMembers {

  private static final Logger LOG = Logger.getLogger(CompanyMembers.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  @Inject AccountMails mails;

  @Inject Passwords passwords;

  @Inject Clock clock;

  /** The caller's company's current staff. */
  public List<Account> members() {
    Company company = requireStaff(callers.current());
    return em.createNamedQuery(Account.MEMBERS_OF, Account.class)
        .setParameter("companyId", company.id())
        .getResultList();
  }

  public CompanyInvitation invite(
      @NotNull(message = "Say whom to invite.") @Valid Invitation invitation) {
    Caller caller = callers.current();
    Account owner = requireOwner(caller);
    String secret = SecretHash.newSecret();
    CompanyInvitation invited =
        new CompanyInvitation(
            owner.company().orElseThrow(),
            invitation.email().strip().toLowerCase(Locale.ROOT),
            owner,
            SecretHash.sha256(secret),
            clock.instant(),
            clock.instant().plus(AccountMails.INVITATION_VALIDITY));
    em.persist(invited);
    mails.sendInvitation(invited, owner, secret);
    LOG.info(() -> "colleague invited: invitation=" + invited.id() + " by account=" + owner.id());
    return invited;
  }

  /** Joins the company the invitation is from; the account's address is the invited one. */
  public void accept(@NotNull(message = "Send the form.") @Valid JoiningStaff joining) {
    CompanyInvitation invitation =
        em.createNamedQuery(CompanyInvitation.BY_HASH, CompanyInvitation.class)
            .setParameter("hash", SecretHash.sha256(joining.token()))
            .getResultStream()
            .filter(found -> found.isOpen(clock.instant()))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidFieldException(
                        "token", "This invitation has expired or was used already."));
    boolean taken =
        !em.createNamedQuery(Account.BY_EMAIL, Account.class)
            .setParameter("email", invitation.email())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new InvalidFieldException(
          "token",
          "This address already has a designcontest account, which cannot also join a company."
              + " Ask for an invitation to another address.");
    }
    Account staff =
        Account.invitedStaff(
            invitation.email(),
            joining.displayName().strip(),
            passwords.hash(joining.password()),
            invitation.company(),
            clock.instant());
    em.persist(staff);
    invitation.accept(clock.instant());
    LOG.info(() -> "colleague joined: account=" + staff.id() + " invitation=" + invitation.id());
  }

  public void remove(long accountId) {
    Account owner = requireOwner(callers.current());
    Company company = owner.company().orElseThrow();
    Account member = em.find(Account.class, accountId);
    if (member == null || !member.isStaffOf(company)) {
      throw new NotFoundException("There is no member " + accountId + " of your company.");
    }
    if (member.id().equals(owner.id())) {
      throw new NotPermittedException("The owner cannot remove themselves.");
    }
    member.removeFromCompany(clock.instant());
    LOG.info(() -> "colleague removed: account=" + accountId + " by account=" + owner.id());
  }

  private static Company requireStaff(Caller caller) {
    caller.requireAccount();
    return caller.company().orElseThrow(() -> new NotPermittedException("Only company staff."));
  }

  private static Account requireOwner(Caller caller) {
    caller.requireWriter();
    requireStaff(caller);
    if (!caller.actsAsPerson() || !caller.account().isCompanyOwner()) {
      throw new NotPermittedException("Only the company's owner may do this.");
    }
    return caller.account();
  }
}
