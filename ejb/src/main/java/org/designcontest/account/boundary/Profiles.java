package org.designcontest.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.Account;

/** A person's own account, as their profile page shows it. */
@Stateless
public class Profiles {

  @Inject Callers callers;

  /** The signed-in person (401 for nobody), with what the profile page shows loaded. */
  public Account me() {
    Account me = callers.current().requireAccount();
    me.followedCategories().size();
    me.company().map(company -> company.name());
    return me;
  }
}
