package org.designcontest.contest.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.ContestReminder;
import org.designcontest.event.control.EventPublisher;
import org.designcontest.event.entity.DomainEvent;
import org.designcontest.event.entity.EventType;

/**
 * One batch of due reminders, in its own transaction: each still current becomes a {@code
 * REMINDER_DUE} event; each stale one is dropped. Claimed like due contests, so it is sent once
 * whatever the number of instances.
 */
@Stateless
public class DueReminders {

  static final int BATCH = 100;

  private static final Logger LOG = Logger.getLogger(DueReminders.class.getName());

  @PersistenceContext EntityManager em;

  @Inject EventPublisher events;

  @Inject Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int emitNextBatch() {
    @SuppressWarnings("unchecked")
    List<ContestReminder> claimed =
        em.createNamedQuery(ContestReminder.CLAIM_DUE)
            .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
            .setParameter(2, BATCH)
            .getResultList();
    for (ContestReminder reminder : claimed) {
      Contest contest = em.find(Contest.class, reminder.contestId());
      boolean current = reminder.isCurrentFor(contest);
      if (current) {
        events.publish(
            DomainEvent.of(
                    EventType.REMINDER_DUE, contest.id(), DomainEvent.PLATFORM, clock.instant())
                .detailed(
                    reminder.stage()
                        + " ends in "
                        + reminder.hoursBefore()
                        + " h, at "
                        + reminder.deadlineAt()));
      }
      reminder.handled(current, clock.instant());
      LOG.info(
          () ->
              (current ? "reminder sent: " : "reminder dropped (contest moved on): ")
                  + "contest="
                  + reminder.contestId()
                  + " stage="
                  + reminder.stage()
                  + " hours="
                  + reminder.hoursBefore());
    }
    return claimed.size();
  }
}
