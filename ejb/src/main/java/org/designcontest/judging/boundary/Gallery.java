package org.designcontest.judging.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.ApiToken;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.entry.control.Finalists;
import org.designcontest.entry.entity.Entry;
import org.designcontest.entry.entity.EntryView;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.Page;

/**
 * The judging gallery of one contest, for its company (who judges) and moderators (who only look):
 * the entries not withdrawn, under pseudonyms, filtered (all, live, eliminated, finalists) and a
 * page at a time, each with whether its designer is a finalist. Anyone else, also the contest's
 * designers, gets 404: the gallery does not exist for them (blindness).
 */
@Stateless
public class Gallery {

  /** Which entries the gallery shows. */
  public enum Filter {
    ALL,
    LIVE,
    ELIMINATED,
    FINALISTS;

    /** The filter named in a page's parameter; all for anything else. */
    public static Filter named(String name) {
      for (Filter filter : values()) {
        if (filter.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
          return filter;
        }
      }
      return ALL;
    }
  }

  /** What the gallery's header needs of the contest. */
  public record ContestFacts(
      long id, String title, Stage stage, int finalistCount, Long winningEntryId) {}

  /**
   * An entry on a card: its view (pseudonym, never the designer) and whether it is a finalist's.
   */
  public record Card(EntryView entry, boolean finalist) {

    public boolean winner(ContestFacts contest) {
      return contest.winningEntryId() != null && contest.winningEntryId() == entry.id();
    }
  }

  /**
   * One page of the gallery.
   *
   * @param judge whether the caller may judge (the company's writer while the contest runs); a
   *     moderator and a read-only token only look
   * @param counts how many entries each filter shows
   */
  public record View(
      ContestFacts contest, boolean judge, Map<Filter, Long> counts, Page<Card> cards) {}

  /** One entry as the large view shows it, with its neighbours in the same filter. */
  public record Single(
      ContestFacts contest,
      boolean judge,
      Card card,
      Long previous,
      Long next,
      int position,
      int of) {}

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  @Inject Finalists finalists;

  public View of(long contestId, Filter filter, Page.Request page) {
    Caller caller = callers.current();
    Contest contest = looking(caller, contestId);
    Set<Integer> finalistNumbers = finalistNumbers(contestId);
    Map<Filter, Long> counts = counts(contestId, finalistNumbers);
    List<Card> cards =
        entries(contestId, filter, finalistNumbers)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultStream()
            .map(entry -> new Card(entry, finalistNumbers.contains(entry.designerNumber())))
            .toList();
    return new View(
        facts(contest), judges(caller, contest), counts, Page.of(cards, counts.get(filter), page));
  }

  /** One entry, for the large view, with the previous and next entry of {@code filter}. */
  public Single entry(long entryId, Filter filter) {
    Caller caller = callers.current();
    Entry found = em.find(Entry.class, entryId);
    if (found == null || found.status() == Entry.Status.WITHDRAWN) {
      throw new NotFoundException("There is no entry " + entryId + ".");
    }
    Contest contest = looking(caller, found.contestId());
    Set<Integer> finalistNumbers = finalistNumbers(contest.id());
    List<EntryView> all = entries(contest.id(), Filter.ALL, finalistNumbers).getResultList();
    EntryView view =
        all.stream()
            .filter(entry -> entry.id() == entryId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("There is no entry " + entryId + "."));
    List<Long> inFilter =
        (filter == Filter.ALL
                ? all
                : entries(contest.id(), filter, finalistNumbers).getResultList())
            .stream().map(EntryView::id).collect(Collectors.toList());
    int index = inFilter.indexOf(entryId);
    if (index < 0) { // the entry left the filter (eliminated meanwhile): walk through all
      inFilter = all.stream().map(EntryView::id).collect(Collectors.toList());
      index = inFilter.indexOf(entryId);
    }
    return new Single(
        facts(contest),
        judges(caller, contest),
        new Card(view, finalistNumbers.contains(view.designerNumber())),
        index > 0 ? inFilter.get(index - 1) : null,
        index < inFilter.size() - 1 ? inFilter.get(index + 1) : null,
        index + 1,
        inFilter.size());
  }

  /** The company's contest, or any for a moderator; 404 for everyone else. */
  private Contest looking(Caller caller, long contestId) {
    caller.requireAccount();
    Contest contest = em.find(Contest.class, contestId);
    if (contest == null
        || !(caller.actsFor(contest.company())
            || (caller.isModerator() && contest.stage() != Stage.DRAFT))) {
      throw new NotFoundException("There is no contest " + contestId + ".");
    }
    return contest;
  }

  private static boolean judges(Caller caller, Contest contest) {
    return caller.actsFor(contest.company())
        && (caller.token() == null || caller.token().scope() == ApiToken.Scope.WRITE)
        && contest.stage() != Stage.DRAFT
        && !contest.stage().isFinished();
  }

  private static ContestFacts facts(Contest contest) {
    return new ContestFacts(
        contest.id(),
        contest.title(),
        contest.stage(),
        contest.finalistCount(),
        contest.winningEntryId().orElse(null));
  }

  /** The pseudonym numbers of the contest's finalists (the designers stay unknown). */
  private Set<Integer> finalistNumbers(long contestId) {
    List<Long> designers = finalists.of(contestId);
    if (designers.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "select p.number from ContestPseudonym p where p.contestId = :contestId"
                    + " and p.designerId in :designers",
                Integer.class)
            .setParameter("contestId", contestId)
            .setParameter("designers", designers)
            .getResultList());
  }

  private Map<Filter, Long> counts(long contestId, Set<Integer> finalistNumbers) {
    Map<Filter, Long> counts = new EnumMap<>(Filter.class);
    for (Filter filter : Filter.values()) {
      counts.put(filter, 0L);
    }
    em.createQuery(
            "select e.status, count(e) from Entry e where e.contestId = :contestId"
                + " and e.status <> org.designcontest.entry.entity.Entry.Status.WITHDRAWN"
                + " group by e.status",
            Object[].class)
        .setParameter("contestId", contestId)
        .getResultStream()
        .forEach(
            row -> {
              long count = ((Number) row[1]).longValue();
              counts.merge(Filter.ALL, count, Long::sum);
              counts.put(row[0] == Entry.Status.LIVE ? Filter.LIVE : Filter.ELIMINATED, count);
            });
    if (!finalistNumbers.isEmpty()) {
      counts.put(
          Filter.FINALISTS,
          em.createQuery(
                  "select count(e) from Entry e, ContestPseudonym p where p.contestId = e.contestId"
                      + " and p.designerId = e.designerId and e.contestId = :contestId"
                      + " and e.status <> org.designcontest.entry.entity.Entry.Status.WITHDRAWN"
                      + " and p.number in :numbers",
                  Long.class)
              .setParameter("contestId", contestId)
              .setParameter("numbers", finalistNumbers)
              .getSingleResult());
    }
    return counts;
  }

  /** The entries of a filter, in the order they came in; the same columns as the company's view. */
  private TypedQuery<EntryView> entries(long contestId, Filter filter, Set<Integer> numbers) {
    String condition =
        switch (filter) {
          case ALL -> " and e.status <> org.designcontest.entry.entity.Entry.Status.WITHDRAWN";
          case LIVE -> " and e.status = org.designcontest.entry.entity.Entry.Status.LIVE";
          case ELIMINATED ->
              " and e.status = org.designcontest.entry.entity.Entry.Status.ELIMINATED";
          case FINALISTS ->
              " and e.status <> org.designcontest.entry.entity.Entry.Status.WITHDRAWN"
                  + (numbers.isEmpty() ? " and 1 = 0" : " and p.number in :numbers");
        };
    TypedQuery<EntryView> query =
        em.createQuery(
                "select new org.designcontest.entry.entity.EntryView(e.id, p.number, e.title,"
                    + " e.notes, e.status, e.eliminationReason, e.image.contentType,"
                    + " e.image.sha256, e.rating, e.submittedAt)"
                    + " from Entry e, ContestPseudonym p where p.contestId = e.contestId"
                    + " and p.designerId = e.designerId and e.contestId = :contestId"
                    + condition
                    + " order by e.submittedAt, e.id",
                EntryView.class)
            .setParameter("contestId", contestId);
    if (filter == Filter.FINALISTS && !numbers.isEmpty()) {
      query.setParameter("numbers", numbers);
    }
    return query;
  }
}
