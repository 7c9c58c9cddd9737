package org.designcontest.entry.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.Account;
import org.designcontest.account.entity.Role;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.entry.control.EntryAccess;
import org.designcontest.entry.entity.ContestPseudonym;
import org.designcontest.entry.entity.Entry;
import org.designcontest.entry.entity.EntryView;
import org.designcontest.event.control.EventPublisher;
import org.designcontest.event.entity.DomainEvent;
import org.designcontest.event.entity.EventType;
import org.designcontest.media.control.MediaStore;
import org.designcontest.media.control.Uploads;
import org.designcontest.media.entity.ImageSize;
import org.designcontest.media.entity.StoredFile;
import org.designcontest.platform.boundary.ConflictException;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.NotPermittedException;
import org.designcontest.platform.boundary.Page;

/** Submitting, listing, withdrawing and showing entries, each as the caller may. */
@Stateless
public class Entries {

  private static final Logger LOG = Logger.getLogger(Entries.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  @Inject MediaStore media;

  @Inject Uploads uploads;

  @Inject EntryAccess access;

  @Inject EventPublisher events;

  @Inject Clock clock;

  /** A page of a contest's entries as the caller may see them, and how many live entries it has. */
  public record Listing(long liveCount, Page<EntryView> entries) {}

  /**
   * An entry's image, its content type and a version tag (the same bytes have the same tag: a
   * browser may keep them).
   */
  public record Image(String contentType, String tag, InputStream content) {}

  /**
   * What the submission form needs to know about a contest: its title, whether it takes entries now
   * and how many of the designer's own entries are live in it.
   */
  public record SubmissionForm(
      long contestId, String contestTitle, boolean open, long liveEntries, int limit) {}

  /** Where an entry of the designer's own stands, in words the designer reads. */
  public enum Standing {
    LIVE("live"),
    ELIMINATED("eliminated"),
    FINALIST("finalist"),
    WINNER("winner"),
    WITHDRAWN("withdrawn");

    private final String words;

    Standing(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /**
   * One of the designer's own entries, with its contest, what the company gave it (stars, an
   * elimination's reason: the entry's designer may see them) and what the designer may do now.
   */
  public record OwnEntry(
      long id,
      long contestId,
      String contestTitle,
      Stage contestStage,
      String title,
      String notes,
      Standing standing,
      String eliminationReason,
      Integer rating,
      Instant submittedAt,
      boolean withdrawable,
      boolean revisable) {}

  /**
   * The submission form of a contest, for a designer; 403 for anyone else (a visitor: 401), 404 for
   * an unknown contest or a draft.
   */
  public SubmissionForm submissionForm(long contestId) {
    Caller caller = callers.current();
    Account designer = requireDesigner(caller, "Only designers submit entries.");
    Contest contest = em.find(Contest.class, contestId);
    if (contest == null || contest.stage() == Stage.DRAFT) {
      throw new NotFoundException("There is no contest " + contestId + ".");
    }
    long live =
        em.createNamedQuery(Entry.LIVE_OF_DESIGNER, Long.class)
            .setParameter("contestId", contestId)
            .setParameter("designerId", designer.id())
            .getSingleResult();
    return new SubmissionForm(
        contestId, contest.title(), contest.stage() == Stage.OPEN, live, Entry.LIVE_LIMIT);
  }

  /**
   * The caller's own entries across all contests, newest first (designers only: 403 for anyone
   * else). Nobody else's entry is ever among them.
   */
  public List<OwnEntry> mine() {
    Account designer = requireDesigner(callers.current(), "Only designers have entries.");
    @SuppressWarnings("unchecked")
    List<Number> finalistOf =
        em.createNativeQuery("select contest_id from contest_finalist where designer_id = ?1")
            .setParameter(1, designer.id())
            .getResultList();
    Set<Long> finalIn = new HashSet<>();
    finalistOf.forEach(id -> finalIn.add(id.longValue()));
    return em.createQuery(
            "select e.id, e.contestId, c.title, c.stage, e.title, e.notes, e.status,"
                + " e.eliminationReason, e.rating, e.submittedAt, c.winningEntryId"
                + " from Entry e, Contest c where c.id = e.contestId"
                + " and e.designerId = :designerId order by e.submittedAt desc, e.id desc",
            Object[].class)
        .setParameter("designerId", designer.id())
        .getResultStream()
        .map(row -> ownEntry(row, finalIn))
        .toList();
  }

  private static OwnEntry ownEntry(Object[] row, Set<Long> finalIn) {
    long id = (Long) row[0];
    long contestId = (Long) row[1];
    Stage stage = (Stage) row[3];
    Entry.Status status = (Entry.Status) row[6];
    boolean finalist = finalIn.contains(contestId);
    Standing standing =
        switch (status) {
          case WITHDRAWN -> Standing.WITHDRAWN;
          case ELIMINATED -> Standing.ELIMINATED;
          case LIVE ->
              id == (row[10] == null ? -1L : (Long) row[10])
                  ? Standing.WINNER
                  : finalist ? Standing.FINALIST : Standing.LIVE;
        };
    return new OwnEntry(
        id,
        contestId,
        (String) row[2],
        stage,
        (String) row[4],
        (String) row[5],
        standing,
        (String) row[7],
        row[8] == null ? null : ((Number) row[8]).intValue(),
        (Instant) row[9],
        withdrawable(stage, status),
        Revisions.revisable(stage, finalist, status));
  }

  /** An entry may be withdrawn while it is live and its contest open. */
  static boolean withdrawable(Stage stage, Entry.Status status) {
    return stage == Stage.OPEN && status == Entry.Status.LIVE;
  }

  private static Account requireDesigner(Caller caller, String refusal) {
    Account account = caller.requireAccount();
    if (account.role() != Role.DESIGNER || !caller.actsAsPerson()) {
      throw new NotPermittedException(refusal);
    }
    return account;
  }

  public EntryView submit(
      long contestId,
      @NotNull(message = "Describe the entry.") @Valid NewEntry entry,
      byte[] image) {
    Caller caller = callers.current();
    caller.requireWriter();
    Account designer = requireDesigner(caller, "Only designers submit entries.");
    if (!designer.isEmailVerified()) {
      throw new NotPermittedException(
          "Confirm your email address (see the email we sent) before submitting an entry.");
    }
    // the contest's row lock serialises submissions: the limit and the pseudonyms hold under load
    Contest contest = em.find(Contest.class, contestId, LockModeType.PESSIMISTIC_WRITE);
    if (contest == null || contest.stage() == Stage.DRAFT) {
      throw new NotFoundException("There is no contest " + contestId + ".");
    }
    if (contest.stage() != Stage.OPEN) {
      throw new ConflictException(
          "This contest takes no new entries: it is " + contest.stage() + ".");
    }
    long live =
        em.createNamedQuery(Entry.LIVE_OF_DESIGNER, Long.class)
            .setParameter("contestId", contestId)
            .setParameter("designerId", designer.id())
            .getSingleResult();
    if (live >= Entry.LIVE_LIMIT) {
      throw new ConflictException(
          "You have " + Entry.LIVE_LIMIT + " live entries here: withdraw one to submit another.");
    }
    Uploads.StoredImage stored = uploads.storeImage(image, "file");
    Entry saved =
        new Entry(
            contestId,
            designer.id(),
            entry.title().strip(),
            entry.notes(),
            stored.file(),
            stored.thumbnails(),
            clock.instant());
    em.persist(saved);
    em.createNamedQuery(ContestPseudonym.ASSIGN)
        .setParameter(1, contestId)
        .setParameter(2, designer.id())
        .executeUpdate();
    em.flush();
    events.publish(
        DomainEvent.of(
                EventType.ENTRY_SUBMITTED, contestId, "account:" + designer.id(), clock.instant())
            .about(saved.id()));
    LOG.info(() -> "entry submitted: entry=" + saved.id() + " contest=" + contestId);
    return own(contestId, designer.id()).stream()
        .filter(view -> view.id() == saved.id())
        .findFirst()
        .orElseThrow();
  }

  /**
   * The company and moderators see every entry not withdrawn, under pseudonyms, a page at a time; a
   * designer sees only their own; everyone else only the count. A draft is 404 to all but its
   * company.
   */
  public Listing of(long contestId, Page.Request page) {
    Caller caller = callers.current();
    Contest contest = em.find(Contest.class, contestId);
    boolean company = contest != null && caller.actsFor(contest.company());
    if (contest == null || (contest.stage() == Stage.DRAFT && !company && !caller.isModerator())) {
      throw new NotFoundException("There is no contest " + contestId + ".");
    }
    if (company || caller.isModerator()) {
      Object[] counts =
          em.createNamedQuery(Entry.GALLERY_COUNTS, Object[].class)
              .setParameter("contestId", contestId)
              .getSingleResult();
      long count = counts[0] == null ? 0 : ((Number) counts[0]).longValue();
      long total = ((Number) counts[1]).longValue();
      List<EntryView> entries =
          em.createNamedQuery(Entry.FOR_COMPANY, EntryView.class)
              .setParameter("contestId", contestId)
              .setFirstResult(page.first())
              .setMaxResults(page.size())
              .getResultList();
      return new Listing(count, Page.of(entries, total, page));
    }
    long count =
        em.createNamedQuery(Entry.LIVE_COUNT, Long.class)
            .setParameter("contestId", contestId)
            .getSingleResult();
    List<EntryView> own =
        !caller.isAnonymous() && caller.account().role() == Role.DESIGNER
            ? own(contestId, caller.account().id())
            : List.of();
    List<EntryView> onPage = own.stream().skip(page.first()).limit(page.size()).toList();
    return new Listing(count, Page.of(onPage, own.size(), page));
  }

  /** Withdraws the caller's own entry while the contest is open. */
  public void withdraw(long entryId) {
    Caller caller = callers.current();
    Account designer = caller.requireWriter();
    Entry entry = em.find(Entry.class, entryId);
    if (entry == null || entry.designerId() != designer.id() || !caller.actsAsPerson()) {
      throw new NotFoundException("There is no entry " + entryId + " of yours.");
    }
    Contest contest = em.find(Contest.class, entry.contestId());
    if (!withdrawable(contest.stage(), Entry.Status.LIVE)) {
      throw new ConflictException("Entries can be withdrawn only while the contest is open.");
    }
    entry.withdraw(clock.instant());
    events.publish(
        DomainEvent.of(
                EventType.ENTRY_WITHDRAWN,
                entry.contestId(),
                "account:" + designer.id(),
                clock.instant())
            .about(entryId));
  }

  /**
   * The image at {@code size}, for its designer, the contest's company and moderators; 404 for
   * anyone else.
   */
  public Image image(long entryId, ImageSize size) {
    StoredFile image = access.viewable(callers.current(), entryId).image(size);
    return new Image(image.contentType(), image.sha256(), media.open(image.mediaKey()));
  }

  private List<EntryView> own(long contestId, long designerId) {
    return em.createNamedQuery(Entry.FOR_DESIGNER, EntryView.class)
        .setParameter("contestId", contestId)
        .setParameter("designerId", designerId)
        .getResultList();
  }
}
