package org.designcontest.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.designcontest.account.entity.Account;
import org.designcontest.notification.entity.DigestSchedule;
import org.designcontest.notification.entity.Notification;

/**
 * One batch of due digests, in its own transaction: each person whose hour has come gets one email
 * listing what waited, if anything did, and their next digest is due a day later. Claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so it is sent once whatever the number of instances.
 */
@Stateless
public class DueDigests {

  static final int BATCH = 100;

  private static final Logger LOG = Logger.getLogger(DueDigests.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject NotificationMails mails;

  /** Returns how many schedules were due. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sendNextBatch() {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<DigestSchedule> due =
        em.createNamedQuery(DigestSchedule.CLAIM_DUE)
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .setParameter(2, BATCH)
            .getResultList();
    for (DigestSchedule schedule : due) {
      List<Notification> waiting =
          em.createNamedQuery(Notification.WAITING_FOR_DIGEST, Notification.class)
              .setParameter("recipient", schedule.accountId())
              .getResultList();
      Account recipient = em.find(Account.class, schedule.accountId());
      if (!waiting.isEmpty() && !recipient.isSuspended()) {
        mails.digest(schedule.accountId(), recipient.email(), waiting);
        waiting.forEach(n -> n.emailed(now));
        LOG.info(
            () ->
                "digest queued: account="
                    + schedule.accountId()
                    + " notifications="
                    + waiting.size());
      }
      schedule.done(now);
    }
    return due.size();
  }
}
