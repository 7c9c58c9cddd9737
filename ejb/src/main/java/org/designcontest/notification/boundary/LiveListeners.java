package org.designcontest.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import org.designcontest.account.control.Callers;

/** Who may open a live channel (the WebSocket of toasts and, later, chat): a person. */
@Stateless
public class LiveListeners {

  @Inject Callers callers;

  /** The account whose live updates the principal receives; 401/403 otherwise. */
  public long accountOf(Principal principal) {
    return callers.of(principal).requirePerson().id();
  }
}
