package org.designcontest.judging.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.contest.entity.ChosenBy;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.entry.control.Finalists;
import org.designcontest.entry.entity.ContestPseudonym;
import org.designcontest.entry.entity.Entry;
import org.designcontest.entry.entity.Revision;
import org.designcontest.event.control.EventPublisher;
import org.designcontest.event.entity.DomainEvent;
import org.designcontest.event.entity.EventType;
import org.designcontest.judging.boundary.Verdicts.Comment;
import org.designcontest.judging.boundary.Verdicts.Elimination;
import org.designcontest.judging.boundary.Verdicts.FinalistPick;
import org.designcontest.judging.boundary.Verdicts.Rating;
import org.designcontest.judging.boundary.Verdicts.WinnerPick;
import org.designcontest.judging.entity.EntryComment;
import org.designcontest.platform.boundary.ConflictException;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.NotFoundException;

/**
 * The company judges its running contest: rates, comments, eliminates and restores entries, picks
 * finalists (early, while entries are open, or in the selection window), rates the finalists'
 * revisions and picks the winner. Comments are also open to the entry's designer. Nobody else
 * learns that an entry exists (404).
 */
@Stateless
public class Judging {

  private static final Logger LOG = Logger.getLogger(Judging.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  @Inject Finalists finalists;

  @Inject EventPublisher events;

  @Inject Clock clock;

  public void rate(long entryId, @NotNull(message = "Give 1 to 5 stars.") @Valid Rating rating) {
    Judged judged = judgedByCompany(entryId);
    judged.entry().rate(rating.stars());
    announce(EventType.ENTRY_RATED, judged);
  }

  public void eliminate(
      long entryId, @NotNull(message = "Say why.") @Valid Elimination elimination) {
    Judged judged = judgedByCompany(entryId);
    judged.entry().eliminate(elimination.reason().strip());
    announce(EventType.ENTRY_ELIMINATED, judged);
  }

  public void restore(long entryId) {
    Judged judged = judgedByCompany(entryId);
    judged.entry().restore();
    announce(EventType.ENTRY_RESTORED, judged);
  }

  /** A comment from the company or from the entry's own designer. */
  public EntryComment comment(
      long entryId, @NotNull(message = "Write the comment.") @Valid Comment comment) {
    Caller caller = callers.current();
    caller.requireWriter();
    Judged judged = readable(caller, entryId);
    requireRunning(judged.contest());
    boolean fromCompany = caller.actsFor(judged.contest().company());
    EntryComment saved =
        new EntryComment(
            entryId, caller.account().id(), fromCompany, comment.text().strip(), clock.instant());
    em.persist(saved);
    announce(EventType.ENTRY_COMMENTED, judged);
    return saved;
  }

  /** The comments on an entry, for the company and the entry's designer. */
  public List<EntryComment> comments(long entryId) {
    readable(callers.current(), entryId);
    return em.createNamedQuery(EntryComment.OF_ENTRY, EntryComment.class)
        .setParameter("entryId", entryId)
        .getResultList();
  }

  /**
   * The company's finalists, by pseudonym number; the final round starts and the prize is
   * guaranteed.
   */
  public Contest pickFinalists(
      long contestId, @NotNull(message = "Choose the finalists.") @Valid FinalistPick pick) {
    Caller caller = callers.current();
    caller.requireCompanyWriter();
    Contest contest = em.find(Contest.class, contestId, LockModeType.PESSIMISTIC_WRITE);
    if (contest == null || !caller.actsFor(contest.company())) {
      throw new NotFoundException("There is no contest " + contestId + ".");
    }
    if (contest.stage() != Stage.OPEN && contest.stage() != Stage.FINALIST_SELECTION) {
      throw new ConflictException(
          "Finalists are picked while the contest is open or in selection.");
    }
    Set<Integer> numbers = new LinkedHashSet<>(pick.designers());
    if (numbers.size() > contest.finalistCount()) {
      throw new InvalidFieldException(
          "designers", "Choose at most " + contest.finalistCount() + " finalists.");
    }
    List<Long> designers =
        em.createNamedQuery(ContestPseudonym.LIVE_DESIGNERS, Long.class)
            .setParameter("contestId", contestId)
            .setParameter("numbers", numbers)
            .getResultList();
    if (designers.size() != numbers.size()) {
      throw new InvalidFieldException(
          "designers", "Each finalist must be a designer with a live entry in this contest.");
    }
    finalists.record(contest, designers, ChosenBy.COMPANY);
    contest.startFinalRound(clock.instant());
    String actor = "account:" + caller.account().id();
    events.publish(DomainEvent.of(EventType.FINALISTS_CHOSEN, contestId, actor, clock.instant()));
    events.publish(
        DomainEvent.of(EventType.FINAL_ROUND_STARTED, contestId, actor, clock.instant()));
    LOG.info(() -> "finalists chosen by the company: contest=" + contestId + " " + numbers);
    return contest;
  }

  /** Stars for a finalist's revision, in the final round or while the winner is chosen. */
  public void rateRevision(
      long entryId, int number, @NotNull(message = "Give 1 to 5 stars.") @Valid Rating rating) {
    Judged judged = judgedByCompany(entryId);
    Stage stage = judged.contest().stage();
    if (stage != Stage.FINAL_ROUND && stage != Stage.WINNER_SELECTION) {
      throw new ConflictException("Revisions are rated in the final round and winner selection.");
    }
    Revision revision =
        em.createNamedQuery(Revision.ONE, Revision.class)
            .setParameter("entryId", entryId)
            .setParameter("number", number)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException("Entry " + entryId + " has no revision " + number + "."));
    revision.rate(rating.stars());
    announce(EventType.REVISION_RATED, judged);
  }

  /**
   * The company's winner: a live entry of a finalist, while the winner is chosen. The handover
   * begins and the winner's identity is revealed to the company.
   */
  public Contest pickWinner(
      long contestId, @NotNull(message = "Name the winning entry.") @Valid WinnerPick pick) {
    Caller caller = callers.current();
    caller.requireCompanyWriter();
    Contest contest = em.find(Contest.class, contestId, LockModeType.PESSIMISTIC_WRITE);
    if (contest == null || !caller.actsFor(contest.company())) {
      throw new NotFoundException("There is no contest " + contestId + ".");
    }
    if (contest.stage() != Stage.WINNER_SELECTION) {
      throw new ConflictException(
          "The winner is picked after the final round; this contest is " + contest.stage() + ".");
    }
    Entry entry = em.find(Entry.class, pick.entry());
    if (entry == null
        || entry.contestId() != contestId
        || entry.status() != Entry.Status.LIVE
        || !finalists.isFinalist(contestId, entry.designerId())) {
      throw new InvalidFieldException("entry", "The winner must be a live entry of a finalist.");
    }
    contest.award(entry.id(), ChosenBy.COMPANY, clock.instant());
    events.publish(
        DomainEvent.of(
                EventType.WINNER_CHOSEN,
                contestId,
                "account:" + caller.account().id(),
                clock.instant())
            .about(entry.id()));
    LOG.info(() -> "winner chosen by the company: contest=" + contestId + " entry=" + entry.id());
    return contest;
  }

  private record Judged(Entry entry, Contest contest, Caller caller) {}

  /** An entry of a running contest of the caller's company; 404 for anyone else. */
  private Judged judgedByCompany(long entryId) {
    Caller caller = callers.current();
    caller.requireCompanyWriter();
    Entry entry = em.find(Entry.class, entryId);
    Contest contest = entry == null ? null : em.find(Contest.class, entry.contestId());
    if (contest == null || !caller.actsFor(contest.company())) {
      throw new NotFoundException("There is no entry " + entryId + ".");
    }
    requireRunning(contest);
    return new Judged(entry, contest, caller);
  }

  /** An entry the caller may discuss: the company's, or the caller's own as its designer. */
  private Judged readable(Caller caller, long entryId) {
    caller.requireAccount();
    Entry entry = em.find(Entry.class, entryId);
    Contest contest = entry == null ? null : em.find(Contest.class, entry.contestId());
    boolean allowed =
        contest != null
            && (caller.actsFor(contest.company())
                || (caller.actsAsPerson() && caller.account().id() == entry.designerId()));
    if (!allowed) {
      throw new NotFoundException("There is no entry " + entryId + ".");
    }
    return new Judged(entry, contest, caller);
  }

  private static void requireRunning(Contest contest) {
    if (contest.stage() == Stage.DRAFT || contest.stage().isFinished()) {
      throw new ConflictException("The contest is not running: it is " + contest.stage() + ".");
    }
  }

  private void announce(EventType type, Judged judged) {
    events.publish(
        DomainEvent.of(
                type,
                judged.contest().id(),
                "account:" + judged.caller().account().id(),
                clock.instant())
            .about(judged.entry().id()));
  }
}
