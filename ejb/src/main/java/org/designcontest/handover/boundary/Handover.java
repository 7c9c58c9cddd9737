package org.designcontest.handover.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.designcontest.account.control.Caller;
import org.designcontest.account.control.Callers;
import org.designcontest.account.entity.Account;
import org.designcontest.contest.control.Reminders;
import org.designcontest.contest.entity.ChosenBy;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.entry.entity.ContestPseudonym;
import org.designcontest.entry.entity.Entry;
import org.designcontest.event.control.EventPublisher;
import org.designcontest.event.entity.DomainEvent;
import org.designcontest.event.entity.EventType;
import org.designcontest.handover.entity.HandoverFile;
import org.designcontest.media.control.FileCheck;
import org.designcontest.media.control.MediaStore;
import org.designcontest.media.control.Uploads;
import org.designcontest.payment.control.Escrow;
import org.designcontest.platform.boundary.ConflictException;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.NotPermittedException;

/**
 * The handover of an awarded contest, for its company, its winner and moderators (404 for anyone
 * else): the winner uploads the final files and accepts the transfer; the company approves, which
 * completes the contest and releases the prize. Who won is shown here, to the company too: the
 * reveal PRODUCT.md promises once the winner is chosen.
 */
@Stateless
public class Handover {

  private static final Logger LOG = Logger.getLogger(Handover.class.getName());

  /** At most this many final files per contest. */
  public static final int MAX_FILES = 20;

  @PersistenceContext EntityManager em;

  @Inject Callers callers;

  @Inject Uploads uploads;

  @Inject MediaStore media;

  @Inject Escrow escrow;

  @Inject Reminders reminders;

  @Inject EventPublisher events;

  @Inject Clock clock;

  /** The winner, revealed: who they are, and the pseudonym the company knew them by. */
  public record Winner(
      long entryId,
      long designerId,
      String displayName,
      String pseudonym,
      ChosenBy chosenBy,
      Instant chosenAt) {}

  /** A final file, without its content. */
  public record File(
      long id, String fileName, String contentType, long sizeBytes, String sha256, Instant at) {

    static File of(HandoverFile file) {
      return new File(
          file.id(),
          file.fileName(),
          file.file().contentType(),
          file.file().sizeBytes(),
          file.file().sha256(),
          file.uploadedAt());
    }
  }

  /** Where the handover stands. */
  public record Status(
      long contestId,
      Stage stage,
      Winner winner,
      List<File> files,
      Instant transferAcceptedAt,
      Instant approvalDueAt,
      ChosenBy approvedBy,
      Instant completedAt) {}

  /** A final file's content, for download. */
  public record Download(String fileName, String contentType, InputStream content) {}

  public Status of(long contestId) {
    return status(awarded(contestId, callers.current()));
  }

  /** Adds a final file; the winner, until they accept the transfer. */
  public File upload(long contestId, String fileName, byte[] content) {
    Awarded awarded = awardedForWinner(contestId);
    if (awarded.contest().transferAcceptedAt().isPresent()) {
      throw new ConflictException("The transfer is accepted: the files are final.");
    }
    if (files(contestId).size() >= MAX_FILES) {
      throw new ConflictException("A handover holds at most " + MAX_FILES + " files.");
    }
    HandoverFile file =
        new HandoverFile(
            contestId,
            Uploads.safeFileName(fileName, "final-file"),
            uploads.store(content, FileCheck.DELIVERABLE, "file"),
            clock.instant());
    em.persist(file);
    em.flush();
    announce(EventType.HANDOVER_FILE_UPLOADED, awarded);
    LOG.info(() -> "handover file uploaded: contest=" + contestId + " file=" + file.id());
    return File.of(file);
  }

  public Download file(long contestId, long fileId) {
    awarded(contestId, callers.current());
    HandoverFile file = em.find(HandoverFile.class, fileId);
    if (file == null || file.contestId() != contestId) {
      throw new NotFoundException("There is no file " + fileId + " in this handover.");
    }
    return new Download(
        file.fileName(), file.file().contentType(), media.open(file.file().mediaKey()));
  }

  /** The winner delivered and accepts the transfer of rights; the company's approval is due. */
  public Status acceptTransfer(long contestId) {
    Awarded awarded = awardedForWinner(contestId);
    if (files(contestId).isEmpty()) {
      throw new ConflictException("Upload the final files before accepting the transfer.");
    }
    awarded.contest().acceptTransfer(clock.instant());
    reminders.scheduleFor(awarded.contest());
    announce(EventType.TRANSFER_ACCEPTED, awarded);
    return status(awarded);
  }

  /** The company approves the delivery: the contest is completed and the prize released. */
  public Status approve(long contestId) {
    Caller caller = callers.current();
    caller.requireCompanyWriter();
    Awarded awarded = awarded(contestId, caller, LockModeType.PESSIMISTIC_WRITE);
    if (!caller.actsFor(awarded.contest().company())) {
      throw new NotPermittedException("Only the contest's company approves the handover.");
    }
    awarded.contest().approveHandover(ChosenBy.COMPANY, clock.instant());
    escrow.release(awarded.contest());
    announce(EventType.HANDOVER_APPROVED, awarded);
    announce(EventType.PRIZE_RELEASED, awarded);
    announce(EventType.CONTEST_COMPLETED, awarded);
    return status(awarded);
  }

  private record Awarded(Contest contest, Entry entry, Caller caller) {}

  /** An awarded contest the caller may follow: its company, its winner or a moderator. */
  private Awarded awarded(long contestId, Caller caller) {
    return awarded(contestId, caller, LockModeType.NONE);
  }

  /** The same, with the contest's row locked for a change (uploads and acceptance race). */
  private Awarded awarded(long contestId, Caller caller, LockModeType lock) {
    Contest contest = em.find(Contest.class, contestId, lock);
    Entry entry =
        contest == null
            ? null
            : contest.winningEntryId().map(id -> em.find(Entry.class, id)).orElse(null);
    boolean allowed =
        entry != null
            && (caller.actsFor(contest.company())
                || caller.isModerator()
                || (caller.actsAsPerson() && caller.account().id() == entry.designerId()));
    if (!allowed) {
      throw new NotFoundException("There is no handover for contest " + contestId + ".");
    }
    return new Awarded(contest, entry, caller);
  }

  private Awarded awardedForWinner(long contestId) {
    Caller caller = callers.current();
    caller.requireWriter();
    Awarded awarded = awarded(contestId, caller, LockModeType.PESSIMISTIC_WRITE);
    if (!caller.actsAsPerson() || caller.account().id() != awarded.entry().designerId()) {
      throw new NotPermittedException("Only the winner delivers the final files.");
    }
    if (awarded.contest().stage() != Stage.HANDOVER) {
      throw new ConflictException(
          "The handover is over: the contest is " + awarded.contest().stage() + ".");
    }
    return awarded;
  }

  private Status status(Awarded awarded) {
    Contest contest = awarded.contest();
    Account designer = em.find(Account.class, awarded.entry().designerId());
    int number =
        em.createNamedQuery(ContestPseudonym.NUMBER_OF, Integer.class)
            .setParameter("contestId", contest.id())
            .setParameter("designerId", designer.id())
            .getSingleResult();
    Winner winner =
        new Winner(
            awarded.entry().id(),
            designer.id(),
            designer.displayName(),
            ContestPseudonym.name(number),
            contest.winnerChosenBy().orElseThrow(),
            contest.winnerChosenAt().orElseThrow());
    return new Status(
        contest.id(),
        contest.stage(),
        winner,
        files(contest.id()).stream().map(File::of).toList(),
        contest.transferAcceptedAt().orElse(null),
        contest.stage() == Stage.HANDOVER ? contest.deadlineAt().orElse(null) : null,
        contest.handoverApprovedBy().orElse(null),
        contest.completedAt().orElse(null));
  }

  private List<HandoverFile> files(long contestId) {
    return em.createNamedQuery(HandoverFile.OF_CONTEST, HandoverFile.class)
        .setParameter("contestId", contestId)
        .getResultList();
  }

  private void announce(EventType type, Awarded awarded) {
    events.publish(
        DomainEvent.of(
                type,
                awarded.contest().id(),
                "account:" + awarded.caller().account().id(),
                clock.instant())
            .about(awarded.entry().id()));
  }
}
