package org.designcontest.web.faces.entry;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import org.designcontest.entry.boundary.Entries;
import org.designcontest.entry.boundary.NewEntry;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.NotPermittedException;
import org.designcontest.web.faces.FieldMessages;
import org.designcontest.web.faces.SignInFirst;
import org.omnifaces.util.Messages;

/**
 * The entry submission page ({@code submit-entry.xhtml?contest=…}): title, notes and the image.
 * Designers only (the service says so: anyone else gets the 403 page); an unknown contest or a
 * draft is 404. Every refusal of the service shows next to its field and nothing is stored. View
 * scoped: the post must still know the contest.
 */
@Named
@ViewScoped
public class SubmitEntryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "entry";

  @Inject Entries entries;

  private Long contest;
  private String title;
  private String notes;
  private transient Part file;
  private transient Entries.SubmissionForm form;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (SignInFirst.redirected(faces)) {
      return;
    }
    try {
      if (contest == null) {
        throw new NotFoundException("No contest named.");
      }
      getForm();
    } catch (NotPermittedException e) {
      faces.getExternalContext().responseSendError(403, e.getMessage());
      faces.responseComplete();
    } catch (NotFoundException e) {
      faces.getExternalContext().responseSendError(404, "There is no such contest.");
      faces.responseComplete();
    }
  }

  /** Sends the entry; on success the designer lands on their entries with a confirmation. */
  public String submit() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      entries.submit(contest, new NewEntry(title, notes), UploadedImage.bytesOf(file));
    } catch (EJBException e) {
      return FieldMessages.stayWith(faces, FORM, e);
    } catch (BusinessException e) {
      if (!FieldMessages.show(faces, FORM, e)) {
        // not about one field (the contest closed, five live entries already): by the button
        Messages.addError(FORM + ":submit", e.getMessage());
      }
      return null;
    }
    FieldMessages.flash(faces, "Your entry \u201c" + title.strip() + "\u201d is submitted.");
    return "/my-entries?faces-redirect=true";
  }

  /** The contest as the form needs it (read again after the view was restored). */
  public Entries.SubmissionForm getForm() {
    if (form == null && contest != null) {
      form = entries.submissionForm(contest);
    }
    return form;
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

  public void setTitle(String title) {
    this.title = title;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
