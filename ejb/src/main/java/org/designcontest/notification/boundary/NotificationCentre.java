package org.designcontest.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.Account;
import org.designcontest.notification.entity.Notification;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.Page;

/** The caller's own notifications: newest first, how many are unread, marking them read. */
@Stateless
public class NotificationCentre {

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  @Inject Clock clock;

  public Page<Notification> list(boolean unreadOnly, Page.Request request) {
    long me = me().id();
    return Page.of(
        em.createNamedQuery(
                unreadOnly ? Notification.INBOX_UNREAD : Notification.INBOX, Notification.class)
            .setParameter("recipient", me)
            .setFirstResult(request.first())
            .setMaxResults(request.size())
            .getResultList(),
        em.createNamedQuery(unreadOnly ? Notification.UNREAD_COUNT : Notification.COUNT, Long.class)
            .setParameter("recipient", me)
            .getSingleResult(),
        request);
  }

  public long unreadCount() {
    return em.createNamedQuery(Notification.UNREAD_COUNT, Long.class)
        .setParameter("recipient", me().id())
        .getSingleResult();
  }

  /** Marks one of the caller's notifications read (again is fine); 404 for anyone else's. */
  public Notification read(long id) {
    Notification notification = em.find(Notification.class, id);
    if (notification == null || notification.recipientId() != me().id()) {
      throw new NotFoundException("There is no notification " + id + ".");
    }
    notification.read(clock.instant());
    return notification;
  }

  /** Returns how many were unread. */
  public int readAll() {
    return em.createNamedQuery(Notification.READ_ALL)
        .setParameter("recipient", me().id())
        .setParameter("now", clock.instant())
        .executeUpdate();
  }

  private Account me() {
    return callers.current().requirePerson();
  }
}
