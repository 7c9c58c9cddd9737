package org.designcontest.entry.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.entry.control.EntryAccess;
import org.designcontest.entry.control.Finalists;
import org.designcontest.entry.entity.Entry;
import org.designcontest.entry.entity.Revision;
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

/**
 * Finalists' revisions of their entries: uploaded in the final round only, every one kept and
 * numbered; seen by the entry's designer, the company and moderators.
 */
@Stateless
public class Revisions {

  private static final Logger LOG = Logger.getLogger(Revisions.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  @Inject Finalists finalists;

  @Inject EntryAccess access;

  @Inject Uploads uploads;

  @Inject MediaStore media;

  @Inject EventPublisher events;

  @Inject Clock clock;

  /** A revision as its readers see it. */
  public record View(
      long entryId,
      int number,
      String notes,
      String contentType,
      String sha256,
      Integer rating,
      Instant submittedAt) {

    static View of(Revision revision) {
      return new View(
          revision.entryId(),
          revision.number(),
          revision.notes(),
          revision.image().contentType(),
          revision.image().sha256(),
          revision.rating(),
          revision.submittedAt());
    }
  }

  /** The next revision of the caller's own entry; they must be a finalist, in the final round. */
  public View submit(
      long entryId,
      @Size(max = 2_000, message = "Notes may be at most 2,000 characters.") String notes,
      byte[] image) {
    Caller caller = callers.current();
    caller.requireWriter();
    Entry entry = em.find(Entry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
    if (entry == null || !caller.actsAsPerson() || caller.account().id() != entry.designerId()) {
      throw new NotFoundException("There is no entry " + entryId + " of yours.");
    }
    Contest contest = em.find(Contest.class, entry.contestId());
    if (contest.stage() != Stage.FINAL_ROUND) {
      throw new ConflictException(
          "Revisions are uploaded in the final round; this contest is " + contest.stage() + ".");
    }
    if (!finalists.isFinalist(contest.id(), entry.designerId())) {
      throw new NotPermittedException("Only finalists upload revisions.");
    }
    if (entry.status() != Entry.Status.LIVE) {
      throw new ConflictException("Only a live entry can be revised.");
    }
    int number =
        em.createNamedQuery(Revision.LAST_NUMBER, Integer.class)
                .setParameter("entryId", entryId)
                .getSingleResult()
            + 1;
    Uploads.StoredImage stored = uploads.storeImage(image, "file");
    Revision revision =
        new Revision(entryId, number, notes, stored.file(), stored.thumbnails(), clock.instant());
    em.persist(revision);
    events.publish(
        DomainEvent.of(
                EventType.REVISION_SUBMITTED,
                contest.id(),
                "account:" + caller.account().id(),
                clock.instant())
            .about(entryId)
            .detailed("revision " + number));
    LOG.info(() -> "revision submitted: entry=" + entryId + " number=" + number);
    return View.of(revision);
  }

  /** A live entry of a finalist may be revised in the final round. */
  static boolean revisable(Stage stage, boolean finalist, Entry.Status status) {
    return stage == Stage.FINAL_ROUND && finalist && status == Entry.Status.LIVE;
  }

  /** The entry's revisions, oldest first. */
  public List<View> of(long entryId) {
    access.viewable(callers.current(), entryId);
    return em.createNamedQuery(Revision.OF_ENTRY, Revision.class)
        .setParameter("entryId", entryId)
        .getResultStream()
        .map(View::of)
        .toList();
  }

  /** A revision's image at {@code size}. */
  public Entries.Image image(long entryId, int number, ImageSize size) {
    access.viewable(callers.current(), entryId);
    Revision revision =
        em.createNamedQuery(Revision.ONE, Revision.class)
            .setParameter("entryId", entryId)
            .setParameter("number", number)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException("Entry " + entryId + " has no revision " + number + "."));
    StoredFile image = revision.image(size);
    return new Entries.Image(image.contentType(), image.sha256(), media.open(image.mediaKey()));
  }
}
