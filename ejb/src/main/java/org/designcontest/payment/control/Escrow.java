package org.designcontest.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.designcontest.contest.entity.Contest;
import org.designcontest.payment.entity.LedgerEntry;
import org.designcontest.payment.entity.LedgerEntry.Kind;

/**
 * Holds a contest's prize at launch, releases it to the winner when the handover is approved, and
 * refunds it when the contest ends without a winner.
 */
@ApplicationScoped
public class Escrow {

  private static final Logger LOG = Logger.getLogger(Escrow.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  public void hold(Contest contest) {
    record(contest, Kind.HELD, "launched");
  }

  /** Pays the prize to the winner: the handover is approved. */
  public void release(Contest contest) {
    record(contest, Kind.RELEASED, "handover approved");
  }

  /** Gives the prize back, if it was held (a draft never held any). */
  public void refund(Contest contest, String reason) {
    if (contest.wasLaunched()) {
      record(contest, Kind.REFUNDED, reason);
    }
  }

  public List<LedgerEntry> of(long contestId) {
    return em.createNamedQuery(LedgerEntry.OF_CONTEST, LedgerEntry.class)
        .setParameter("contestId", contestId)
        .getResultList();
  }

  private void record(Contest contest, Kind kind, String reason) {
    em.persist(
        new LedgerEntry(
            contest.id(),
            kind,
            contest.prizeAmount(),
            contest.prizeCurrency(),
            reason,
            clock.instant()));
    LOG.info(
        () ->
            "prize "
                + kind.name().toLowerCase()
                + ": contest="
                + contest.id()
                + " amount="
                + contest.prizeAmount()
                + " "
                + contest.prizeCurrency());
  }
}
