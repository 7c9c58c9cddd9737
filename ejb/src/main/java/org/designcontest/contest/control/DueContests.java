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
import org.designcontest.entry.control.Finalists;
import org.designcontest.event.control.EventPublisher;
import org.designcontest.event.entity.DomainEvent;
import org.designcontest.event.entity.EventType;
import org.designcontest.payment.control.Escrow;

/**
 * One batch of the deadline sweep, in its own transaction: claims contests whose deadline has
 * passed (rows another instance holds are skipped, not waited for) and applies the published rule
 * to each, recorded as done by the platform.
 */
@Stateless
public class DueContests {

  static final int BATCH = 100;

  private static final Logger LOG = Logger.getLogger(DueContests.class.getName());

  @PersistenceContext EntityManager em;

  @Inject EventPublisher events;

  @Inject Escrow escrow;

  @Inject Finalists finalists;

  @Inject Clock clock;

  /** Applies the rule to up to {@link #BATCH} due contests; returns how many. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int applyNextBatch() {
    @SuppressWarnings("unchecked")
    List<Contest> claimed =
        em.createNamedQuery(Contest.CLAIM_DUE)
            .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
            .setParameter(2, BATCH)
            .getResultList();
    claimed.forEach(this::applyRule);
    return claimed.size();
  }

  private void applyRule(Contest contest) {
    switch (contest.stage()) {
      case OPEN -> {
        contest.closeEntries(clock.instant());
        announce(EventType.ENTRIES_CLOSED, contest);
      }
      case FINALIST_SELECTION -> {
        if (finalists.chooseByRule(contest).isEmpty()) {
          contest.cancel(true); // no entries at all: the contest ends, the prize goes back
          escrow.refund(contest, "no entries");
          announce(EventType.CONTEST_ENDED_WITHOUT_ENTRIES, contest);
        } else {
          contest.startFinalRound(clock.instant());
          announce(EventType.FINALISTS_CHOSEN, contest);
        }
      }
      default ->
          LOG.warning(() -> "deadline passed in a stage without a rule: contest=" + contest.id());
    }
  }

  private void announce(EventType type, Contest contest) {
    events.publish(DomainEvent.of(type, contest.id(), DomainEvent.PLATFORM, clock.instant()));
    LOG.info(() -> type + ": contest=" + contest.id() + " by the platform (deadline passed)");
  }
}
