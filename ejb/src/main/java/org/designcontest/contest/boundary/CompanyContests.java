package org.designcontest.contest.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.Company;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.platform.boundary.NotPermittedException;

/**
 * The contests of the caller's company (its staff's "My contests" page), drafts included, each with
 * what the company has to do next and by when. Company staff only: anyone else gets 403.
 */
@Stateless
public class CompanyContests {

  /** The contests the dashboard shows at most (newest first). */
  static final int MAX = 200;

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  /**
   * One of the company's contests as its staff see it on the dashboard.
   *
   * @param entryCount live entries (a count only: who entered stays blind)
   * @param deadlineAt the current stage's deadline, if it has one
   */
  public record Mine(
      long id, String title, Stage stage, long entryCount, Instant deadlineAt, NextAction next) {}

  /**
   * What happens next in a contest.
   *
   * @param what a sentence, without the date
   * @param before when it is due (null if nothing is due at a time)
   * @param yours whether the company has to act (else it is waiting for someone else)
   */
  public record NextAction(String what, Instant before, boolean yours) {}

  /** The name of the company the caller acts for; 403 for anyone not acting for a company. */
  public String companyName() {
    return company(callers.current()).name();
  }

  /** The caller's company's contests, newest first, with their live entry counts. */
  public List<Mine> mine() {
    Company company = company(callers.current());
    List<Contest> contests =
        em.createQuery(
                "select c from Contest c where c.company = :company"
                    + " order by c.createdAt desc, c.id desc",
                Contest.class)
            .setParameter("company", company)
            .setMaxResults(MAX)
            .getResultList();
    Map<Long, Long> counts = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select e.contest_id, count(*) from entry e join contest c on c.id = e.contest_id"
                    + " where c.company_id = ?1 and e.status = 'LIVE' group by e.contest_id")
            .setParameter(1, company.id())
            .getResultList();
    rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
    return contests.stream()
        .map(
            c ->
                new Mine(
                    c.id(),
                    c.title(),
                    c.stage(),
                    counts.getOrDefault(c.id(), 0L),
                    c.deadlineAt().orElse(null),
                    next(c)))
        .toList();
  }

  /** What the company does next in the contest's stage (PRODUCT.md's lifecycle). */
  static NextAction next(Contest contest) {
    Instant deadline = contest.deadlineAt().orElse(null);
    return switch (contest.stage()) {
      case DRAFT -> new NextAction("Finish the brief and launch the contest", null, true);
      case OPEN ->
          new NextAction(
              "Rate the entries as they come in (you may pick finalists early); entries close",
              deadline,
              false);
      case FINALIST_SELECTION ->
          new NextAction("Pick up to " + contest.finalistCount() + " finalists", deadline, true);
      case FINAL_ROUND ->
          new NextAction("The finalists are revising; the final round ends", deadline, false);
      case WINNER_SELECTION -> new NextAction("Pick the winner", deadline, true);
      case HANDOVER ->
          contest.transferAcceptedAt().isPresent()
              ? new NextAction("Approve the handover of the final files", deadline, true)
              : new NextAction("Waiting for the winner's final files", null, false);
      case COMPLETED -> new NextAction("Nothing: the contest is completed", null, false);
      case CANCELLED -> new NextAction("Nothing: the contest was cancelled", null, false);
    };
  }

  private static Company company(Caller caller) {
    caller.requireAccount();
    return caller
        .company()
        .orElseThrow(() -> new NotPermittedException("Only company staff have contests here."));
  }
}
