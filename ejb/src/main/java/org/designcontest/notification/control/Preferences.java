package org.designcontest.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import org.designcontest.notification.entity.Delivery;
import org.designcontest.notification.entity.NotificationKind;
import org.designcontest.notification.entity.NotificationPreference;

/** Each person's email delivery per kind: what they chose, or the kind's default. */
@ApplicationScoped
public class Preferences {

  @PersistenceContext EntityManager em;

  public Delivery of(long accountId, NotificationKind kind) {
    NotificationPreference chosen =
        em.find(NotificationPreference.class, new NotificationPreference.Key(accountId, kind));
    return chosen == null ? kind.byDefault() : chosen.delivery();
  }

  /** Every kind, in the order of the enum. */
  public Map<NotificationKind, Delivery> all(long accountId) {
    Map<NotificationKind, Delivery> all = new EnumMap<>(NotificationKind.class);
    for (NotificationKind kind : NotificationKind.values()) {
      all.put(kind, kind.byDefault());
    }
    em.createNamedQuery(NotificationPreference.OF_ACCOUNT, NotificationPreference.class)
        .setParameter("account", accountId)
        .getResultList()
        .forEach(p -> all.put(p.kind(), p.delivery()));
    return all;
  }

  public void choose(long accountId, NotificationKind kind, Delivery delivery) {
    NotificationPreference chosen =
        em.find(NotificationPreference.class, new NotificationPreference.Key(accountId, kind));
    if (chosen == null) {
      em.persist(new NotificationPreference(accountId, kind, delivery));
    } else {
      chosen.choose(delivery);
    }
  }
}
