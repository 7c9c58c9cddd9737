package org.designcontest.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;

/**
 * Who is calling, for the web module's own decisions (which links a page shows). Through an EJB on
 * purpose: in the EAR on Payara Server the persistence unit belongs to the EJB module, and a
 * {@code @PersistenceContext} used straight from the web module finds no unit there.
 */
@Stateless
public class CurrentCaller {

  @Inject Callers callers;

  public Caller get() {
    return callers.current();
  }
}
