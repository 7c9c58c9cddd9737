package org.designcontest.moderation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.logging.Logger;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.contest.entity.ChosenBy;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.entry.entity.Entry;
import org.designcontest.event.control.EventPublisher;
import org.designcontest.event.entity.DomainEvent;
import org.designcontest.event.entity.EventType;
import org.designcontest.platform.boundary.ConflictException;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.NotPermittedException;

/**
 * A moderator awards a contest by hand while its winner is being chosen (a dispute, a company that
 * cannot decide): any live entry of the contest, with a reason that the contest's history keeps.
 * The handover then begins as after any award.
 */
@Stateless
public class ManualAwards {

  private static final Logger LOG = Logger.getLogger(ManualAwards.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  @Inject EventPublisher events;

  @Inject Clock clock;

  public Contest award(
      long contestId,
      @NotNull(message = "Name the winning entry and give a reason.") @Valid ManualAward award) {
    Caller caller = callers.current();
    caller.requireWriter();
    if (!caller.isModerator()) {
      throw new NotPermittedException("Only moderators award a contest by hand.");
    }
    Contest contest = em.find(Contest.class, contestId, LockModeType.PESSIMISTIC_WRITE);
    if (contest == null) {
      throw new NotFoundException("There is no contest " + contestId + ".");
    }
    if (contest.stage() != Stage.WINNER_SELECTION) {
      throw new ConflictException(
          "A contest is awarded by hand while its winner is chosen; this one is "
              + contest.stage()
              + ".");
    }
    Entry entry = em.find(Entry.class, award.entry());
    if (entry == null || entry.contestId() != contestId || entry.status() != Entry.Status.LIVE) {
      throw new InvalidFieldException("entry", "The winner must be a live entry of this contest.");
    }
    contest.award(entry.id(), ChosenBy.MODERATOR, clock.instant());
    events.publish(
        DomainEvent.of(
                EventType.WINNER_CHOSEN,
                contestId,
                "account:" + caller.account().id(),
                clock.instant())
            .about(entry.id())
            .detailed("Awarded by a moderator: " + award.reason()));
    LOG.info(
        () ->
            "contest awarded by a moderator: contest="
                + contestId
                + " entry="
                + entry.id()
                + " moderator="
                + caller.account().id());
    return contest;
  }
}
