package org.designcontest.entry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;
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

  /**
   * The live entries of several contests, as the rules compare them, in one query (the deadline
   * sweep decides a batch of contests at once).
   */
  public Map<Long, List<Submission>> liveEntriesOf(Collection<Long> contestIds) {
    if (contestIds.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery(Entry.LIVE_OF_CONTESTS, Object[].class)
        .setParameter("contestIds", contestIds)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                row -> (Long) row[0],
                Collectors.mapping(
                    row ->
                        new Submission(
                            (Long) row[1], (Long) row[2], 0, (Integer) row[3], (Instant) row[4]),
                    Collectors.toList())));
  }

  /** The finalists' designers the rule picks among these live entries, best first. */
  public List<Long> byRule(Contest contest, List<Submission> liveEntries) {
    return SelectionRules.finalists(liveEntries, contest.finalistCount());
  }

  public void record(Contest contest, Collection<Long> designers, ChosenBy chosenBy) {
    recordAll(Map.of(contest.id(), designers), chosenBy);
  }

  /** Records the finalists of several contests in one statement (two arrays of ids). */
  public void recordAll(
      Map<Long, ? extends Collection<Long>> designersByContest, ChosenBy chosenBy) {
    StringJoiner contests = new StringJoiner(",", "{", "}");
    StringJoiner designers = new StringJoiner(",", "{", "}");
    designersByContest.forEach(
        (contest, chosen) ->
            chosen.forEach(
                designer -> {
                  contests.add(String.valueOf(contest));
                  designers.add(String.valueOf(designer));
                }));
    if (contests.length() > 2) {
      em.createNativeQuery(
              "insert into contest_finalist (contest_id, designer_id, chosen_by, chosen_at)"
                  + " select unnest(cast(?1 as bigint[])), unnest(cast(?2 as bigint[])), ?3, ?4")
          .setParameter(1, contests.toString())
          .setParameter(2, designers.toString())
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
    liveEntriesOf(List.of(contest.id())).getOrDefault(contest.id(), List.of()).stream()
        .filter(submission -> finalists.contains(submission.designerId()))
        .forEach(submissions::add);
    em.createNamedQuery(Revision.OF_LIVE_ENTRIES, Submission.class)
        .setParameter("contestId", contest.id())
        .getResultStream()
        .filter(submission -> finalists.contains(submission.designerId()))
        .forEach(submissions::add);
    return SelectionRules.winner(submissions);
  }
}
