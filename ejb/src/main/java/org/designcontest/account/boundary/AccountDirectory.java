package org.designcontest.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Locale;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.Role;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.NotPermittedException;
import org.designcontest.platform.boundary.Page;

/**
 * The accounts as moderators see them, to find whom to suspend or restore: searched by email or
 * name, optionally only the suspended ones, newest first.
 */
@Stateless
public class AccountDirectory {

  /** The longest search text. */
  public static final int MAX_QUERY = 100;

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  /** An account in the list: who it is, what it is, whether it is suspended. */
  public record Listed(
      long id,
      String email,
      String displayName,
      Role role,
      String company,
      Instant createdAt,
      Instant suspendedAt) {

    static Listed of(Account account) {
      return new Listed(
          account.id(),
          account.email(),
          account.displayName(),
          account.role(),
          account.company().map(company -> company.name()).orElse(null),
          account.createdAt(),
          account.suspendedAt().orElse(null));
    }
  }

  public Page<Listed> search(String query, boolean suspendedOnly, Page.Request request) {
    Caller caller = callers.current();
    caller.requireAccount();
    if (!caller.isModerator()) {
      throw new NotPermittedException("Only moderators may list accounts.");
    }
    String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    if (text.length() > MAX_QUERY) {
      throw new InvalidFieldException("q", "Search for at most " + MAX_QUERY + " characters.");
    }
    String where =
        " where (lower(a.email) like :text or lower(a.displayName) like :text)"
            + (suspendedOnly ? " and a.suspendedAt is not null" : "");
    String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    TypedQuery<Account> page =
        em.createQuery("select a from Account a" + where + " order by a.id desc", Account.class);
    TypedQuery<Long> count = em.createQuery("select count(a) from Account a" + where, Long.class);
    return Page.of(
        page.setParameter("text", pattern)
            .setFirstResult(request.first())
            .setMaxResults(request.size())
            .getResultStream()
            .map(Listed::of)
            .toList(),
        count.setParameter("text", pattern).getSingleResult(),
        request);
  }
}
