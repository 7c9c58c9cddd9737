package org.designcontest.contest.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.designcontest.contest.entity.ChosenBy;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
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
    Map<Long, List<Submission>> liveEntries =
        finalists.liveEntriesOf(
            claimed.stream()
                .filter(contest -> contest.stage() == Stage.FINALIST_SELECTION)
                .map(Contest::id)
                .toList());
    Batch batch = new Batch(new LinkedHashMap<>(), new ArrayList<>());
    Map<String, List<Long>> moves = new TreeMap<>();
    for (Contest contest : claimed) {
      Stage from = contest.stage();
      applyRule(contest, liveEntries.getOrDefault(contest.id(), List.of()), batch);
      moves
          .computeIfAbsent(from + "->" + contest.stage(), move -> new ArrayList<>())
          .add(contest.id());
    }
    finalists.recordAll(batch.finalists(), ChosenBy.PLATFORM); // one statement for the batch
    events.publishAll(batch.happened()); // and one message
    if (!claimed.isEmpty()) { // one line per batch: its events are in each contest's history
      LOG.info(() -> "deadline sweep batch: by the platform (deadline passed) " + moves);
    }
    return claimed.size();
  }

  /** What a batch decided: finalists chosen by the rule, per contest, and the events. */
  private record Batch(Map<Long, List<Long>> finalists, List<DomainEvent> happened) {}

  /** Applies the rule of the contest's stage; adds what it decided to the batch. */
  private void applyRule(Contest contest, List<Submission> liveEntries, Batch batch) {
    List<DomainEvent> happened = batch.happened();
    Announce announce = (type, rule) -> happened.add(announced(type, contest, rule));
    switch (contest.stage()) {
      case OPEN -> {
        contest.closeEntries(clock.instant());
        reminders.scheduleFor(contest);
        announce.event(EventType.ENTRIES_CLOSED, null);
      }
      case FINALIST_SELECTION -> chooseFinalists(contest, liveEntries, batch, announce);
      case FINAL_ROUND -> {
        contest.endFinalRound(clock.instant());
        reminders.scheduleFor(contest);
        announce.event(EventType.FINAL_ROUND_ENDED, null);
      }
      case WINNER_SELECTION -> award(contest, happened);
      case HANDOVER -> {
        contest.approveHandover(ChosenBy.PLATFORM, clock.instant());
        escrow.release(contest);
        announce.event(EventType.HANDOVER_APPROVED, SelectionRules.APPROVAL);
        announce.event(EventType.PRIZE_RELEASED, null);
        announce.event(EventType.CONTEST_COMPLETED, null);
      }
      default ->
          LOG.warning(() -> "deadline passed in a stage without a rule: contest=" + contest.id());
    }
  }

  /** Records that the platform did something to a contest, with the rule it applied. */
  @FunctionalInterface
  private interface Announce {
    void event(EventType type, String rule);
  }

  private void chooseFinalists(
      Contest contest, List<Submission> liveEntries, Batch batch, Announce announce) {
    List<Long> chosen = finalists.byRule(contest, liveEntries);
    if (chosen.isEmpty()) {
      contest.cancel(true); // no entries at all: the contest ends, the prize goes back
      escrow.refund(contest, "no entries");
      announce.event(EventType.CONTEST_ENDED_WITHOUT_ENTRIES, null);
      return;
    }
    batch.finalists().put(contest.id(), chosen);
    contest.startFinalRound(clock.instant());
    announce.event(EventType.AUTOMATIC_SELECTION_MADE, "finalists: " + SelectionRules.FINALISTS);
    announce.event(EventType.FINALISTS_CHOSEN, SelectionRules.FINALISTS);
    announce.event(EventType.FINAL_ROUND_STARTED, null);
  }

  private void award(Contest contest, List<DomainEvent> happened) {
    Optional<Submission> winner = finalists.winnerByRule(contest);
    if (winner.isEmpty()) { // every finalist's entry was withdrawn or eliminated
      contest.cancel(true);
      escrow.refund(contest, "no finalist entry left to award");
      happened.add(announced(EventType.CONTEST_ENDED_WITHOUT_WINNER, contest, null));
      return;
    }
    long entry = winner.get().entryId();
    contest.award(entry, ChosenBy.PLATFORM, clock.instant());
    happened.add(
        announced(EventType.AUTOMATIC_SELECTION_MADE, contest, "winner: " + SelectionRules.WINNER)
            .about(entry));
    happened.add(announced(EventType.WINNER_CHOSEN, contest, SelectionRules.WINNER).about(entry));
  }

  private DomainEvent announced(EventType type, Contest contest, String rule) {
    return DomainEvent.of(type, contest.id(), DomainEvent.PLATFORM, clock.instant()).detailed(rule);
  }
}
