package org.designcontest.handover.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.Role;
import org.designcontest.contest.entity.ChosenBy;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.handover.entity.HandoverFile;
import org.designcontest.platform.boundary.NotPermittedException;

/**
 * A designer's earnings: the contests they won, where each handover stands, and the prizes per
 * currency, paid out (the handover is approved: the prize was released from escrow) or pending.
 * There is no payment provider yet: "paid out" is the platform's ledger, not a bank transfer.
 * Contests cancelled after the award (by a moderator) are not earnings: their prize was refunded.
 */
@Stateless
public class Earnings {

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  /** Where a won contest's handover stands, seen from the winner. */
  public enum HandoverState {
    /** The winner owes the final files and the acceptance of the transfer. */
    DELIVERY_DUE,
    /** The winner delivered; the company (or, at the deadline, the platform) approves. */
    APPROVAL_DUE,
    /** Approved: the contest is completed and the prize released. */
    APPROVED
  }

  /** One contest the designer won. */
  public record Won(
      long contestId,
      String title,
      BigDecimal prize,
      String currency,
      Instant awardedAt,
      ChosenBy chosenBy,
      HandoverState handover,
      Instant approvalDueAt,
      ChosenBy approvedBy,
      Instant completedAt) {

    public boolean paidOut() {
      return handover == HandoverState.APPROVED;
    }
  }

  /** The prizes in one currency: released (paid out) and still in escrow (pending). */
  public record Total(String currency, BigDecimal paidOut, BigDecimal pending) {}

  public record Summary(List<Won> contests, List<Total> totals) {}

  /** The signed-in designer's; 403 for anyone who is not a designer acting as themselves. */
  public Summary mine() {
    Account me = callers.current().requirePerson();
    if (me.role() != Role.DESIGNER) {
      throw new NotPermittedException("Earnings are a designer's page.");
    }
    List<Won> won =
        em
            .createNamedQuery(HandoverFile.WON_BY, Contest.class)
            .setParameter("designerId", me.id())
            .setParameter("stages", List.of(Stage.HANDOVER, Stage.COMPLETED))
            .getResultList()
            .stream()
            .map(Earnings::won)
            .toList();
    Map<String, BigDecimal[]> byCurrency = new TreeMap<>();
    for (Won contest : won) {
      BigDecimal[] sums =
          byCurrency.computeIfAbsent(
              contest.currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      int slot = contest.paidOut() ? 0 : 1;
      sums[slot] = sums[slot].add(contest.prize());
    }
    List<Total> totals =
        byCurrency.entrySet().stream()
            .map(e -> new Total(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .toList();
    return new Summary(won, totals);
  }

  private static Won won(Contest contest) {
    HandoverState state =
        contest.stage() == Stage.COMPLETED
            ? HandoverState.APPROVED
            : contest.transferAcceptedAt().isPresent()
                ? HandoverState.APPROVAL_DUE
                : HandoverState.DELIVERY_DUE;
    return new Won(
        contest.id(),
        contest.title(),
        contest.prizeAmount(),
        contest.prizeCurrency(),
        contest.winnerChosenAt().orElse(null),
        contest.winnerChosenBy().orElse(null),
        state,
        state == HandoverState.APPROVAL_DUE ? contest.deadlineAt().orElse(null) : null,
        contest.handoverApprovedBy().orElse(null),
        contest.completedAt().orElse(null));
  }
}
