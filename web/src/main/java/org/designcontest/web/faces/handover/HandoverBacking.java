package org.designcontest.web.faces.handover;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.designcontest.account.boundary.CurrentCaller;
import org.designcontest.account.control.Caller;
import org.designcontest.contest.boundary.ContestService;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.handover.boundary.Handover;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.NotPermittedException;
import org.designcontest.web.faces.FieldMessages;
import org.designcontest.web.faces.SignInFirst;
import org.designcontest.web.faces.Words;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The handover page ({@code handover.xhtml?contest=…}) for the winner (uploads the final files,
 * accepts the transfer), the contest's company (downloads them, approves) and moderators (read
 * only). Who may see and do what is the {@link Handover} service's: anyone else gets its 404 (or
 * 403), and the page shows nothing. View scoped: the uploads (one ajax request per file) must find
 * the contest after the view parameter was applied.
 */
@Named
@ViewScoped
public class HandoverBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The upload form and its file field: refusals show next to it. */
  static final String FORM = "upload";

  static final String FILE_FIELD = FORM + ":file";

  /** Who is looking: the page offers each only their own next step. */
  public enum Viewer {
    WINNER,
    COMPANY,
    MODERATOR
  }

  @Inject Handover handover;

  @Inject Words words;

  @Inject ContestService contests;

  @Inject CurrentCaller currentCaller;

  private Long contest;
  private String title;
  private BigDecimal prize;
  private String currency;
  private Viewer viewer;
  private transient Handover.Status status;

  /** Visitors go to sign in; whoever the service refuses gets its 404 or 403 and nothing else. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (SignInFirst.redirected(faces)) {
      return;
    }
    try {
      if (contest == null) {
        throw new NotFoundException("No contest named.");
      }
      status = handover.of(contest);
      Contest shown = contests.visible(contest);
      title = shown.title();
      prize = shown.prizeAmount();
      currency = shown.prizeCurrency();
      Caller caller = currentCaller.get();
      if (caller.actsAsPerson() && caller.account().id() == status.winner().designerId()) {
        viewer = Viewer.WINNER;
      } else if (caller.company().isPresent()) {
        viewer = Viewer.COMPANY;
      } else {
        viewer = Viewer.MODERATOR;
      }
    } catch (NotPermittedException e) {
      faces.getExternalContext().responseSendError(403, e.getMessage());
      faces.responseComplete();
    } catch (NotFoundException e) {
      faces.getExternalContext().responseSendError(404, "There is no such handover.");
      faces.responseComplete();
    }
  }

  /**
   * One of the winner's files (PrimeFaces sends each in its own request): stored, or refused with
   * the service's reason next to the file field and nothing stored.
   */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    status = null;
    try {
      Handover.File stored = handover.upload(contest, file.getFileName(), file.getContent());
      Messages.addGlobalInfo(stored.fileName() + " is uploaded.");
    } catch (BusinessException e) { // not an accepted file, too many, the transfer accepted

      Messages.addError(FILE_FIELD, file.getFileName() + ": " + e.getMessage());
    }
  }

  /** The winner accepts the transfer of rights; the company's approval is due from now. */
  public String accept() {
    try {
      handover.acceptTransfer(contest);
    } catch (BusinessException e) {
      Messages.addGlobalError(e.getMessage());
      return null;
    }
    FieldMessages.flash(
        FacesContext.getCurrentInstance(),
        "You accepted the transfer of rights. The company has been told to approve the handover.");
    return again();
  }

  /** The company approves: the contest is completed and the prize released to the winner. */
  public String approve() {
    try {
      handover.approve(contest);
    } catch (BusinessException e) {
      Messages.addGlobalError(e.getMessage());
      return null;
    }
    FieldMessages.flash(
        FacesContext.getCurrentInstance(),
        "You approved the handover: the contest is completed and the prize is released to the"
            + " winner.");
    return again();
  }

  private String again() {
    return "/handover?faces-redirect=true&contest=" + contest;
  }

  public Handover.Status getStatus() {
    if (status == null && contest != null && viewer != null) {
      status = handover.of(contest);
    }
    return status;
  }

  public List<Handover.File> getFiles() {
    return getStatus().files();
  }

  public boolean isWinner() {
    return viewer == Viewer.WINNER;
  }

  public boolean isCompany() {
    return viewer == Viewer.COMPANY;
  }

  /** The stage is the handover and the winner has not accepted yet: files may still change. */
  public boolean isDelivering() {
    Handover.Status s = getStatus();
    return s.stage() == Stage.HANDOVER && s.transferAcceptedAt() == null;
  }

  public boolean isAwaitingApproval() {
    Handover.Status s = getStatus();
    return s.stage() == Stage.HANDOVER && s.transferAcceptedAt() != null;
  }

  public boolean isCompleted() {
    return getStatus().stage() == Stage.COMPLETED;
  }

  /** Whose turn it is and what they must do, said to the one looking. */
  public String getNextStep() {
    Handover.Status s = getStatus();
    if (s.stage() == Stage.COMPLETED) {
      return "The handover is approved and the contest is completed: the prize is released to the"
          + " winner.";
    }
    if (s.stage() != Stage.HANDOVER) {
      return "This contest was " + s.stage().name().toLowerCase() + ": the handover is closed.";
    }
    String due = words.when(s.approvalDueAt());
    if (s.transferAcceptedAt() != null) {
      return viewer == Viewer.COMPANY
          ? "Your turn: check the final files and approve the handover by "
              + due
              + ". If you do nothing, the platform approves it then and the prize is released."
          : "Waiting for the company to approve the handover, by "
              + due
              + " at the latest (the platform approves it then if the company does nothing).";
    }
    if (viewer == Viewer.WINNER) {
      return s.files().isEmpty()
          ? "Your turn: upload your final files, then accept the transfer of rights."
          : "Your turn: when all your final files are here, accept the transfer of rights.";
    }
    return s.files().isEmpty()
        ? "Waiting for the winner to upload the final files."
        : "Waiting for the winner to finish uploading and accept the transfer of rights.";
  }

  /** "12.4 KB" */
  public String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(java.util.Locale.ENGLISH, "%.1f KB", bytes / 1024.0);
    }
    return String.format(java.util.Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024));
  }

  public Long getContest() {
    return contest;
  }

  public void setContest(Long contest) {
    this.contest = contest;
  }

  public String getTitle() {
    return title;
  }

  public BigDecimal getPrize() {
    return prize;
  }

  public String getCurrency() {
    return currency;
  }

  public int getMaxFiles() {
    return Handover.MAX_FILES;
  }
}
