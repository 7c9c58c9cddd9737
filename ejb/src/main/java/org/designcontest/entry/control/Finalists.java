package org.designcontest.entry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** Records the finalists the rule picks among these live entries; their designers, best. */
  public List<Long> chooseByRule(Contest contest, List<Submission> liveEntries) {
    List<Long> designers = SelectionRules.finalists(liveEntries, contest.finalistCount());
    record(contest, designers, ChosenBy.PLATFORM);
    return designers;
  }

  /** Records the finalists in one statement. */
  public void record(Contest contest, Collection<Long> designers, ChosenBy chosenBy) {
    if (designers.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "insert into contest_finalist (contest_id, designer_id, chosen_by, chosen_at) values ");
    List<Object> values = new ArrayList<>();
    for (long designer : designers) {
      sql.append(values.isEmpty() ? "" : ", ")
          .append("(?")
          .append(values.size() + 1)
          .append(", ?")
          .append(values.size() + 2)
          .append(", ?")
          .append(values.size() + 3)
          .append(", ?")
          .append(values.size() + 4)
          .append(")");
      values.addAll(
          List.of(
              contest.id(), designer, chosenBy.name(), clock.instant().atOffset(ZoneOffset.UTC)));
    }
    Query insert = em.createNativeQuery(sql.toString());
    for (int i = 0; i < values.size(); i++) {
      insert.setParameter(i + 1, values.get(i));
    }
    insert.executeUpdate();
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
