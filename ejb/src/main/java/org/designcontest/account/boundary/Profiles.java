package org.designcontest.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.logging.Logger;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.account.control.FollowedCategories;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.Role;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.NotPermittedException;

/** A person's own account, as their profile page shows it. */
@Stateless
public class Profiles {

  private static final Logger LOG = Logger.getLogger(Profiles.class.getName());

  @Inject Callers callers;

  @Inject FollowedCategories followedCategories;

  /**
   * Changes the caller's own profile. Only designers have a portfolio and follow categories; for
   * others those fields must stay empty.
   */
  public Account update(@NotNull(message = "Send the profile.") @Valid ProfileChange change) {
    Caller caller = callers.current();
    Account me = caller.requireWriter();
    if (!caller.actsAsPerson()) {
      throw new NotPermittedException("A company token has no profile.");
    }
    me.rename(change.displayName().strip());
    if (me.role() == Role.DESIGNER) {
      me.changeDesignerProfile(
          change.portfolioUrl(), followedCategories.resolve(change.categories()));
    } else if (change.portfolioUrl() != null || !change.categories().isEmpty()) {
      throw new InvalidFieldException(
          change.portfolioUrl() != null ? "portfolioUrl" : "categories",
          "Only designers have a portfolio and follow categories.");
    }
    LOG.info(() -> "profile changed: account=" + me.id());
    return me;
  }

  /** The signed-in person (401 for nobody), with what the profile page shows loaded. */
  public Account me() {
    Account me = callers.current().requireAccount();
    me.followedCategories().size();
    me.company().map(company -> company.name());
    return me;
  }
}
