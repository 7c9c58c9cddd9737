package org.designcontest.web.faces.entry;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.designcontest.entry.boundary.Entries;
import org.designcontest.entry.boundary.Entries.OwnEntry;
import org.designcontest.entry.boundary.Revisions;
import org.designcontest.judging.boundary.Judging;
import org.designcontest.judging.entity.EntryComment;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.NotPermittedException;
import org.designcontest.web.faces.FieldMessages;
import org.designcontest.web.faces.SignInFirst;
import org.omnifaces.util.Messages;

/**
 * The designer's own entries across contests ({@code my-entries.xhtml}): each with its contest,
 * standing, the company's stars and comments (its designer may see them), withdrawing (asked twice)
 * and, for a finalist in the final round, revisions. Designers only; the services decide what is
 * theirs. View scoped: the page's list stays the same between the question "withdraw?" and the
 * answer, and each entry's form finds its row.
 */
@Named
@ViewScoped
public class MyEntriesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Entries entries;

  @Inject Revisions revisions;

  @Inject Judging judging;

  private Long confirming;
  private String revisionNotes;
  private transient Part revisionFile;
  private transient List<OwnEntry> mine;
  private transient Map<Long, List<EntryComment>> comments;
  private transient Map<Long, List<Revisions.View>> revisionsOf;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (SignInFirst.redirected(faces)) {
      return;
    }
    try {
      getEntries();
    } catch (NotPermittedException e) {
      faces.getExternalContext().responseSendError(403, e.getMessage());
      faces.responseComplete();
    }
  }

  public List<OwnEntry> getEntries() {
    if (mine == null) {
      mine = entries.mine();
    }
    return mine;
  }

  /** The comments between the company and me on the entry, oldest first. */
  public List<EntryComment> commentsOf(long entry) {
    if (comments == null) {
      comments = new HashMap<>();
    }
    return comments.computeIfAbsent(entry, judging::comments);
  }

  /** The entry's revisions, numbered, oldest first (only finalists' entries have any). */
  public List<Revisions.View> revisionsOf(OwnEntry entry) {
    if (entry.standing() != Entries.Standing.FINALIST
        && entry.standing() != Entries.Standing.WINNER) {
      return List.of();
    }
    if (revisionsOf == null) {
      revisionsOf = new HashMap<>();
    }
    return revisionsOf.computeIfAbsent(entry.id(), revisions::of);
  }

  /** The first press of "Withdraw…": the page asks again for this entry. */
  public void askToWithdraw(long entry) {
    confirming = entry;
  }

  public void keep() {
    confirming = null;
  }

  public String withdraw(long entry) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      entries.withdraw(entry);
    } catch (BusinessException e) {
      confirming = null;
      Messages.addGlobalError(e.getMessage());
      return null;
    }
    FieldMessages.flash(faces, "Your entry is withdrawn.");
    return "/my-entries?faces-redirect=true";
  }

  /** A finalist's next revision, with notes. */
  public String revise(long entry) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String form = reviseFormOf(entry);
    try {
      Revisions.View revision =
          revisions.submit(entry, revisionNotes, UploadedImage.bytesOf(revisionFile));
      FieldMessages.flash(faces, "Revision " + revision.number() + " is uploaded.");
    } catch (InvalidFieldException e) {
      Messages.addError(form + ":revisionFile", e.getMessage());
      return null;
    } catch (EJBException e) {
      if (!(e.getCause() instanceof ConstraintViolationException invalid)) {
        throw e;
      }
      invalid
          .getConstraintViolations()
          .forEach(v -> Messages.addError(form + ":revisionNotes", v.getMessage()));
      return null;
    } catch (BusinessException e) {
      Messages.addError(form + ":upload", e.getMessage());
      return null;
    }
    return "/my-entries?faces-redirect=true";
  }

  /**
   * The client id of the entry's revision form: the page's rows are "entries", its form "revise".
   */
  private String reviseFormOf(long entry) {
    List<OwnEntry> rows = getEntries();
    for (int row = 0; row < rows.size(); row++) {
      if (rows.get(row).id() == entry) {
        return "entries:" + row + ":revise";
      }
    }
    return "entries";
  }

  public Long getConfirming() {
    return confirming;
  }

  public String getRevisionNotes() {
    return revisionNotes;
  }

  public void setRevisionNotes(String revisionNotes) {
    this.revisionNotes = revisionNotes;
  }

  public Part getRevisionFile() {
    return revisionFile;
  }

  public void setRevisionFile(Part revisionFile) {
    this.revisionFile = revisionFile;
  }
}
