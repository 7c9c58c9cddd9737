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
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.Account;
import org.designcontest.contest.entity.Category;
import org.designcontest.contest.entity.Contest;
import org.designcontest.event.control.EventPublisher;
import org.designcontest.event.entity.DomainEvent;
import org.designcontest.platform.boundary.InvalidFieldException;

/** The transaction and security boundary for contests. */
@Stateless
public class ContestService {

  private static final Logger LOG = Logger.getLogger(ContestService.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  @Inject EventPublisher events;

  @Inject Clock clock;

  /**
   * Saves a draft for the caller's company and announces it with a {@code CONTEST_DRAFTED} event,
   * which is sent only if this transaction commits.
   */
  public Contest draft(
      Long callerAccountId,
      @NotNull(message = "Send the contest brief.") @Valid ContestBrief brief) {
    Account author = callers.requireCompanyStaff(callerAccountId);
    Category category =
        Optional.ofNullable(em.find(Category.class, brief.category()))
            .orElseThrow(
                () ->
                    new InvalidFieldException(
                        "category", "There is no category '" + brief.category() + "'."));
    Contest contest =
        Contest.draft(
            author,
            brief.title().strip(),
            category,
            brief.description(),
            brief.prize(),
            brief.currencyOrDefault(),
            clock.instant());
    em.persist(contest);
    em.flush(); // the id goes into the event
    events.publish(DomainEvent.contestDrafted(contest.id(), author.id(), clock.instant()));
    LOG.info(() -> "contest drafted: contest=" + contest.id() + " by account=" + author.id());
    return contest;
  }

  public Optional<Contest> find(long contestId) {
    return Optional.ofNullable(em.find(Contest.class, contestId));
  }

  public List<Contest> latest(int max) {
    return em.createNamedQuery(Contest.LATEST, Contest.class).setMaxResults(max).getResultList();
  }

  public List<Category> categories() {
    return em.createNamedQuery(Category.ALL, Category.class).getResultList();
  }
}
