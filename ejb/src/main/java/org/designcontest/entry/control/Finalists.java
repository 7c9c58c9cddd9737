package org.designcontest.entry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.designcontest.contest.entity.ChosenBy;
import org.designcontest.contest.entity.Contest;
import org.designcontest.entry.entity.Entry;
import org.designcontest.entry.entity.Revision;
import org.designcontest.entry.entity.Submission;

/**
 * A contest's finalists (designers) and its winner, chosen by its company or, when the window ends
 * without a choice, by the published rules ({@link SelectionRules}).
 */
@ApplicationScoped
public class Finalists {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** Records the finalists the rule picks and returns their designers, best first. */
  public List<Long> chooseByRule(Contest contest) {
    List<Long> designers =
        SelectionRules.finalists(
            liveEntries(contest).stream().map(Entry::asSubmission).toList(),
            contest.finalistCount());
    record(contest, designers, ChosenBy.PLATFORM);
    return designers;
  }

  public void record(Contest contest, Collection<Long> designers, ChosenBy chosenBy) {
    for (long designer : designers) {
      em.createNamedQuery(Entry.RECORD_FINALIST)
          .setParameter(1, contest.id())
          .setParameter(2, designer)
          .setParameter(3, chosenBy.name())
          .setParameter(4, clock.instant().atOffset(ZoneOffset.UTC))
          .executeUpdate();
    }
  }

  /** The finalists' designers. */
  public List<Long> of(long contestId) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNamedQuery(Entry.FINALIST_DESIGNERS).setParameter(1, contestId).getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  public boolean isFinalist(long contestId, long designerId) {
    return of(contestId).contains(designerId);
  }

  /** The entry the winner rule picks among the finalists' live entries and revisions, if any. */
  public Optional<Submission> winnerByRule(Contest contest) {
    List<Long> finalists = of(contest.id());
    List<Submission> submissions = new ArrayList<>();
    liveEntries(contest).stream()
        .map(Entry::asSubmission)
        .filter(submission -> finalists.contains(submission.designerId()))
        .forEach(submissions::add);
    em.createNamedQuery(Revision.OF_LIVE_ENTRIES, Submission.class)
        .setParameter("contestId", contest.id())
        .getResultStream()
        .filter(submission -> finalists.contains(submission.designerId()))
        .forEach(submissions::add);
    return SelectionRules.winner(submissions);
  }

  private List<Entry> liveEntries(Contest contest) {
    return em.createNamedQuery(Entry.LIVE, Entry.class)
        .setParameter("contestId", contest.id())
        .getResultList();
  }
}
