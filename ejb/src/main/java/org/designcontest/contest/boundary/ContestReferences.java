package org.designcontest.contest.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.ContestReference;
import org.designcontest.contest.entity.Stage;
import org.designcontest.media.control.FileCheck;
import org.designcontest.media.control.MediaStore;
import org.designcontest.media.control.Uploads;
import org.designcontest.platform.boundary.ConflictException;
import org.designcontest.platform.boundary.NotFoundException;

/**
 * The reference files of a brief: the company attaches and removes them while the contest is a
 * draft; whoever may see the contest may see them.
 */
@Stateless
public class ContestReferences {

  private static final Logger LOG = Logger.getLogger(ContestReferences.class.getName());

  @PersistenceContext EntityManager em;

  @Inject ContestService contests;

  @Inject Uploads uploads;

  @Inject MediaStore media;

  @Inject Clock clock;

  /** A reference file's content, for download. */
  public record Download(String fileName, String contentType, InputStream content) {}

  public ContestReference attach(long contestId, String fileName, byte[] content) {
    Contest contest = draftOfCallersCompany(contestId);
    if (of(contestId).size() >= ContestReference.LIMIT) {
      throw new ConflictException(
          "A brief holds at most " + ContestReference.LIMIT + " reference files.");
    }
    ContestReference reference =
        new ContestReference(
            contest.id(),
            Uploads.safeFileName(fileName, "reference"),
            uploads.store(content, FileCheck.DOCUMENT, "file"),
            clock.instant());
    em.persist(reference);
    em.flush();
    LOG.info(() -> "reference attached: contest=" + contestId + " reference=" + reference.id());
    return reference;
  }

  public void remove(long contestId, long referenceId) {
    draftOfCallersCompany(contestId);
    em.remove(reference(contestId, referenceId));
  }

  public List<ContestReference> list(long contestId) {
    contests.visible(contestId);
    return of(contestId);
  }

  public Download download(long contestId, long referenceId) {
    contests.visible(contestId);
    ContestReference reference = reference(contestId, referenceId);
    return new Download(
        reference.fileName(),
        reference.file().contentType(),
        media.open(reference.file().mediaKey()));
  }

  private Contest draftOfCallersCompany(long contestId) {
    Contest contest = contests.ownContest(contestId);
    em.lock(contest, LockModeType.PESSIMISTIC_WRITE); // the limit holds under concurrent uploads
    if (contest.stage() != Stage.DRAFT) {
      throw new ConflictException("References are attached to a draft; this contest is launched.");
    }
    return contest;
  }

  private ContestReference reference(long contestId, long referenceId) {
    ContestReference reference = em.find(ContestReference.class, referenceId);
    if (reference == null || reference.contestId() != contestId) {
      throw new NotFoundException("There is no reference " + referenceId + " in this brief.");
    }
    return reference;
  }

  private List<ContestReference> of(long contestId) {
    return em.createNamedQuery(ContestReference.OF_CONTEST, ContestReference.class)
        .setParameter("contestId", contestId)
        .getResultList();
  }
}
