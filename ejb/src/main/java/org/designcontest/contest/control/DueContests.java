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
import java.util.Optional;
import java.util.logging.Logger;
import org.designcontest.contest.entity.ChosenBy;
import org.designcontest.contest.entity.Contest;
import org.designcontest.entry.control.Finalists;
import org.designcontest.entry.control.SelectionRules;
import org.designcontest.entry.entity.Submission;
import org.designcontest.event.control.EventPublisher;
import org.designcontest.event.entity.DomainEvent;
import org.designcontest.event.entity.EventType;
import org.designcontest.payment.control.Escrow;

/**
 * One batch of the deadline sweep, in its own transaction: claims contests whose deadline has
 * passed (rows another instance holds are skipped, not waited for) and applies the published rule
 * of their stage, recorded as done by the platform with the rule it applied.
 */
@Stateless
public class DueContests {

  static final int BATCH = 100;

  private static final Logger LOG = Logger.getLogger(DueContests.class.getName());

  @PersistenceContext EntityManager em;

  @Inject EventPublisher events;

  @Inject Escrow escrow;

  @Inject Finalists finalists;

  @Inject Reminders reminders;

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
        reminders.scheduleFor(contest);
        announce(EventType.ENTRIES_CLOSED, contest, null);
      }
      case FINALIST_SELECTION -> chooseFinalists(contest);
      case FINAL_ROUND -> {
        contest.endFinalRound(clock.instant());
        reminders.scheduleFor(contest);
        announce(EventType.FINAL_ROUND_ENDED, contest, null);
      }
      case WINNER_SELECTION -> award(contest);
      case HANDOVER -> {
        contest.approveHandover(ChosenBy.PLATFORM, clock.instant());
        escrow.release(contest);
        announce(EventType.HANDOVER_APPROVED, contest, SelectionRules.APPROVAL);
        announce(EventType.PRIZE_RELEASED, contest, null);
        announce(EventType.CONTEST_COMPLETED, contest, null);
      }
      default ->
          LOG.warning(() -> "deadline passed in a stage without a rule: contest=" + contest.id());
    }
  }

  private void chooseFinalists(Contest contest) {
    if (finalists.chooseByRule(contest).isEmpty()) {
      contest.cancel(true); // no entries at all: the contest ends, the prize goes back
      escrow.refund(contest, "no entries");
      announce(EventType.CONTEST_ENDED_WITHOUT_ENTRIES, contest, null);
      return;
    }
    contest.startFinalRound(clock.instant());
    announce(EventType.AUTOMATIC_SELECTION_MADE, contest, "finalists: " + SelectionRules.FINALISTS);
    announce(EventType.FINALISTS_CHOSEN, contest, SelectionRules.FINALISTS);
    announce(EventType.FINAL_ROUND_STARTED, contest, null);
  }

  private void award(Contest contest) {
    Optional<Submission> winner = finalists.winnerByRule(contest);
    if (winner.isEmpty()) { // every finalist's entry was withdrawn or eliminated
      contest.cancel(true);
      escrow.refund(contest, "no finalist entry left to award");
      announce(EventType.CONTEST_ENDED_WITHOUT_WINNER, contest, null);
      return;
    }
    long entry = winner.get().entryId();
    contest.award(entry, ChosenBy.PLATFORM, clock.instant());
    events.publish(
        event(EventType.AUTOMATIC_SELECTION_MADE, contest, "winner: " + SelectionRules.WINNER)
            .about(entry));
    events.publish(event(EventType.WINNER_CHOSEN, contest, SelectionRules.WINNER).about(entry));
    LOG.info(() -> "winner chosen by the platform: contest=" + contest.id() + " entry=" + entry);
  }

  private void announce(EventType type, Contest contest, String rule) {
    events.publish(event(type, contest, rule));
    LOG.info(() -> type + ": contest=" + contest.id() + " by the platform (deadline passed)");
  }

  private DomainEvent event(EventType type, Contest contest, String rule) {
    return DomainEvent.of(type, contest.id(), DomainEvent.PLATFORM, clock.instant()).detailed(rule);
  }
}
