package org.designcontest.moderation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.Role;
import org.designcontest.contest.boundary.ContestService;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.entry.entity.ContestPseudonym;
import org.designcontest.entry.entity.Entry;
import org.designcontest.event.control.HistoryWording;
import org.designcontest.event.entity.DomainEvent;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.NotPermittedException;
import org.designcontest.platform.boundary.Page;

/**
 * What the moderation pages read: the contests to act on (every stage but drafts, read fresh, not
 * from the public list's short-lived cache), and a contest's history in words, naming the actors as
 * the product does (designers by their pseudonym in the contest; moderators by name only to
 * moderators).
 */
@Stateless
public class ContestModeration {

  /** The longest search text. */
  public static final int MAX_QUERY = 100;

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  @Inject ContestService contests;

  /** A contest in the moderators' list. */
  public record Listed(
      long id, String title, String company, Stage stage, Instant deadlineAt, Instant launchedAt) {

    static Listed of(Contest contest) {
      return new Listed(
          contest.id(),
          contest.title(),
          contest.company().name(),
          contest.stage(),
          contest.deadlineAt().orElse(null),
          contest.launchedAt().orElse(null));
    }
  }

  /** One line of a contest's history: when, what happened, who did it, and what they said. */
  public record HistoryLine(Instant at, String what, String who, String about, String detail) {}

  /** A contest with its history, as the history page shows it. */
  public record History(long contestId, String title, Stage stage, List<HistoryLine> lines) {}

  /** Contests past their draft whose title holds the text, in one stage or all; newest first. */
  public Page<Listed> find(String query, Stage stage, Page.Request request) {
    Caller caller = callers.current();
    caller.requireAccount();
    if (!caller.isModerator()) {
      throw new NotPermittedException("Only moderators may list contests for moderation.");
    }
    if (stage == Stage.DRAFT) {
      throw new InvalidFieldException("stage", "Drafts are not listed.");
    }
    String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    if (text.length() > MAX_QUERY) {
      throw new InvalidFieldException("q", "Search for at most " + MAX_QUERY + " characters.");
    }
    String where =
        " where c.stage <> :draft and lower(c.title) like :text"
            + (stage == null ? "" : " and c.stage = :stage");
    String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    TypedQuery<Contest> page =
        em.createQuery("select c from Contest c" + where + " order by c.id desc", Contest.class);
    TypedQuery<Long> count = em.createQuery("select count(c) from Contest c" + where, Long.class);
    for (TypedQuery<?> q : List.of(page, count)) {
      q.setParameter("draft", Stage.DRAFT).setParameter("text", pattern);
      if (stage != null) {
        q.setParameter("stage", stage);
      }
    }
    return Page.of(
        page.setFirstResult(request.first())
            .setMaxResults(request.size())
            .getResultStream()
            .map(Listed::of)
            .toList(),
        count.getSingleResult(),
        request);
  }

  /**
   * The contest's history, for its company and moderators: 404 for a contest the caller may not
   * know of (another company's draft), 403 for anyone else who may see the contest itself.
   */
  public History history(long contestId) {
    Caller caller = callers.current();
    caller.requireAccount();
    Contest contest = contests.visible(contestId);
    boolean moderator = caller.isModerator();
    if (!moderator && !caller.actsFor(contest.company())) {
      throw new NotPermittedException("Only the contest's company and moderators see its history.");
    }
    Names names = new Names(contest, moderator);
    return new History(
        contest.id(),
        contest.title(),
        contest.stage(),
        contests.history(contestId).stream()
            .map(
                event ->
                    new HistoryLine(
                        event.occurredAt(),
                        HistoryWording.what(event.eventType()),
                        names.actor(event.actor()),
                        event.entryId().map(names::entry).orElse(null),
                        event.detail().orElse(null)))
            .toList());
  }

  /** Who is who in one contest's history, each looked up once. */
  private final class Names {

    private final Contest contest;
    private final boolean forModerator;
    private final Map<String, String> actors = new HashMap<>();
    private final Map<Long, String> entries = new HashMap<>();

    Names(Contest contest, boolean forModerator) {
      this.contest = contest;
      this.forModerator = forModerator;
    }

    String actor(String actor) {
      return actors.computeIfAbsent(actor, this::nameOf);
    }

    private String nameOf(String actor) {
      if (actor == null || DomainEvent.PLATFORM.equals(actor)) {
        return "The platform";
      }
      if (!actor.startsWith(Callers.ACCOUNT_PREFIX)) {
        return "The platform";
      }
      Account account =
          em.find(Account.class, Long.parseLong(actor.substring(Callers.ACCOUNT_PREFIX.length())));
      if (account == null) {
        return "A former account";
      }
      if (account.role() == Role.DESIGNER) {
        return pseudonym(account.id());
      }
      if (account.role() == Role.MODERATOR || account.role() == Role.ADMIN) {
        return forModerator ? "Moderator " + account.displayName() : "A moderator";
      }
      return account.displayName() + " (" + contest.company().name() + ")";
    }

    String entry(long entryId) {
      return entries.computeIfAbsent(
          entryId,
          id -> {
            Entry entry = em.find(Entry.class, id);
            return entry == null ? "an entry" : pseudonym(entry.designerId()) + "’s entry";
          });
    }

    private String pseudonym(long designerId) {
      return em.createNamedQuery(ContestPseudonym.NUMBER_OF, Integer.class)
          .setParameter("contestId", contest.id())
          .setParameter("designerId", designerId)
          .getResultStream()
          .findFirst()
          .map(ContestPseudonym::name)
          .orElse("A designer");
    }
  }
}
