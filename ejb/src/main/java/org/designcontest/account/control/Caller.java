package org.designcontest.account.control;

import java.util.Optional;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.ApiToken;
import org.designcontest.account.entity.Company;
import org.designcontest.account.entity.Role;
import org.designcontest.platform.boundary.NotAuthenticatedException;
import org.designcontest.platform.boundary.NotPermittedException;

/**
 * Who is calling a service: a signed-in person, a person's API token, a company's API token, or
 * nobody. Services ask it what the caller may do; the answers are the one place those rules live.
 */
public record Caller(Account account, ApiToken token) {

  public static final Caller ANONYMOUS = new Caller(null, null);

  public boolean isAnonymous() {
    return account == null;
  }

  /** The person acting, or the one whose token acts; 401 for nobody. */
  public Account requireAccount() {
    if (account == null) {
      throw new NotAuthenticatedException("Sign in, or send an API token.");
    }
    return account;
  }

  /** A caller that may change things (a person, or a token with the WRITE scope). */
  public Account requireWriter() {
    Account acting = requireAccount();
    if (token != null && token.scope() != ApiToken.Scope.WRITE) {
      throw new NotPermittedException("This token may only read.");
    }
    return acting;
  }

  /** The company the caller acts for: a company token's company, or the staff member's company. */
  public Optional<Company> company() {
    if (token != null && token.company().isPresent()) {
      return token.company();
    }
    return account == null ? Optional.empty() : account.company();
  }

  /** A writer acting for a company; 403 for anyone else. */
  public Company requireCompanyWriter() {
    requireWriter();
    return company()
        .orElseThrow(() -> new NotPermittedException("Only company staff may do this."));
  }

  public boolean actsFor(Company company) {
    return company().map(own -> own.id().equals(company.id())).orElse(false);
  }

  /** A person acting as themselves: signed in, or through a personal token (not a company's). */
  public boolean actsAsPerson() {
    return account != null && (token == null || token.company().isEmpty());
  }

  /** A person acting as themselves; 401 for nobody, 403 for a company's token. */
  public Account requirePerson() {
    requireAccount();
    if (!actsAsPerson()) {
      throw new NotPermittedException("This belongs to a person; a company token has none.");
    }
    return account;
  }

  /** An admin acting as themselves (operations); 401 for nobody, 403 for anyone else. */
  public Account requireAdmin() {
    requireAccount();
    if (!actsAsPerson() || account.role() != Role.ADMIN) {
      throw new NotPermittedException("Only administrators may do this.");
    }
    return account;
  }

  /** Moderators and admins, acting as themselves. */
  public boolean isModerator() {
    return actsAsPerson() && (account.role() == Role.MODERATOR || account.role() == Role.ADMIN);
  }
}
