package org.designcontest.contest.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.Company;
import org.designcontest.contest.entity.Category;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.event.boundary.ContestHistory;
import org.designcontest.event.control.EventPublisher;
import org.designcontest.event.entity.ContestEvent;
import org.designcontest.event.entity.DomainEvent;
import org.designcontest.event.entity.EventType;
import org.designcontest.payment.control.Escrow;
import org.designcontest.platform.boundary.ConflictException;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.NotPermittedException;

/** The transaction and security boundary for contests. */
@Stateless
public class ContestService {

  private static final Logger LOG = Logger.getLogger(ContestService.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  @Inject EventPublisher events;

  @Inject ContestHistory history;

  @Inject Clock clock;

  @Inject Escrow escrow;

  /**
   * Saves a draft for the caller's company and announces it with a {@code CONTEST_DRAFTED} event,
   * which is sent only if this transaction commits.
   */
  public Contest draft(@NotNull(message = "Send the contest brief.") @Valid ContestBrief brief) {
    Caller caller = callers.current();
    Company company = caller.requireCompanyWriter();
    Account author = caller.requireAccount();
    Contest contest =
        Contest.draft(company, author, brief.values(), category(brief), clock.instant());
    em.persist(contest);
    em.flush(); // the id goes into the event
    events.publish(DomainEvent.contestDrafted(contest.id(), author.id(), clock.instant()));
    LOG.info(() -> "contest drafted: contest=" + contest.id() + " by account=" + author.id());
    return contest;
  }

  /**
   * Rewrites a draft's brief. {@code expectedVersion} (the ETag the caller read) guards against
   * overwriting someone else's change: a stale version is a 409.
   */
  public Contest revise(
      long contestId,
      Long expectedVersion,
      @NotNull(message = "Send the contest brief.") @Valid ContestBrief brief) {
    Contest contest = ownContest(contestId);
    checkVersion(contest, expectedVersion);
    contest.revise(brief.values(), category(brief));
    return contest;
  }

  /**
   * Launches a draft: the prize goes into escrow and the qualifying round opens. The caller must
   * have confirmed their email address.
   */
  public Contest launch(long contestId, Long expectedVersion) {
    Contest contest = ownContest(contestId);
    checkVersion(contest, expectedVersion);
    Account launcher = callers.current().requireAccount();
    if (!launcher.isEmailVerified()) {
      throw new NotPermittedException(
          "Confirm your email address (see the email we sent) before launching a contest.");
    }
    contest.launch(clock.instant());
    escrow.hold(contest);
    announce(EventType.CONTEST_LAUNCHED, contest, "account:" + launcher.id());
    return contest;
  }

  /**
   * Cancels a contest and refunds a held prize: its company while it is not guaranteed and no
   * finalists are chosen; a moderator at any stage.
   */
  public Contest cancel(long contestId) {
    Caller caller = callers.current();
    caller.requireWriter();
    Contest contest = em.find(Contest.class, contestId);
    if (contest == null || !isCompanyOrModerator(caller, contest)) {
      throw noContest(contestId);
    }
    boolean byModerator = caller.isModerator() && !caller.actsFor(contest.company());
    contest.cancel(byModerator);
    escrow.refund(contest, byModerator ? "cancelled by a moderator" : "cancelled by the company");
    announce(EventType.CONTEST_CANCELLED, contest, "account:" + caller.account().id());
    return contest;
  }

  /** A contest of the caller's company, for changing it; 404 for anyone else's. */
  public Contest ownContest(long contestId) {
    Caller caller = callers.current();
    caller.requireCompanyWriter();
    Contest contest = em.find(Contest.class, contestId);
    if (contest == null || !caller.actsFor(contest.company())) {
      throw noContest(contestId);
    }
    return contest;
  }

  private static void checkVersion(Contest contest, Long expectedVersion) {
    if (expectedVersion != null && expectedVersion != contest.version()) {
      throw new ConflictException(
          "The contest was changed meanwhile (version "
              + contest.version()
              + ", you had "
              + expectedVersion
              + "): read it again.");
    }
  }

  private void announce(EventType type, Contest contest, String actor) {
    events.publish(DomainEvent.of(type, contest.id(), actor, clock.instant()));
    LOG.info(() -> type + ": contest=" + contest.id() + " by " + actor);
  }

  private Category category(ContestBrief brief) {
    return Optional.ofNullable(em.find(Category.class, brief.category()))
        .orElseThrow(
            () ->
                new InvalidFieldException(
                    "category", "There is no category '" + brief.category() + "'."));
  }

  /**
   * The contest, if the caller may see it: anyone once it is launched; while a draft, only its
   * company and moderators. Others get 404, so a draft's existence does not leak.
   */
  public Contest visible(long contestId) {
    Contest contest = em.find(Contest.class, contestId);
    Caller caller = callers.current();
    if (contest == null
        || (contest.stage() == Stage.DRAFT && !isCompanyOrModerator(caller, contest))) {
      throw noContest(contestId);
    }
    return contest;
  }

  /** Who did what to the contest and when: for its company and moderators only. */
  public List<ContestEvent> history(long contestId) {
    Contest contest = em.find(Contest.class, contestId);
    if (contest == null || !isCompanyOrModerator(callers.current(), contest)) {
      throw noContest(contestId);
    }
    return history.of(contestId);
  }

  private static boolean isCompanyOrModerator(Caller caller, Contest contest) {
    return caller.actsFor(contest.company()) || caller.isModerator();
  }

  private static NotFoundException noContest(long contestId) {
    return new NotFoundException("There is no contest " + contestId + ".");
  }

  public List<Category> categories() {
    return em.createNamedQuery(Category.ALL, Category.class).getResultList();
  }
}
