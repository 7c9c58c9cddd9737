package org.designcontest.web.faces.judging;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.designcontest.chat.boundary.Conversations;
import org.designcontest.contest.entity.Stage;
import org.designcontest.entry.boundary.Revisions;
import org.designcontest.entry.entity.Entry;
import org.designcontest.judging.boundary.Gallery;
import org.designcontest.judging.boundary.Judging;
import org.designcontest.judging.boundary.Verdicts.Comment;
import org.designcontest.judging.boundary.Verdicts.Elimination;
import org.designcontest.judging.boundary.Verdicts.Rating;
import org.designcontest.judging.boundary.Verdicts.WinnerPick;
import org.designcontest.judging.entity.EntryComment;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.web.faces.FieldMessages;
import org.designcontest.web.faces.SignInFirst;
import org.omnifaces.util.Messages;

/**
 * One entry of the gallery, large ({@code gallery-entry.xhtml?id=…[&filter=…]}): stars (by ajax),
 * comments, eliminate and restore, the finalists' revisions and their stars, "Message this
 * designer", and the winner (after a confirmation). Every decision is the services'; a refusal
 * shows next to the action and changes nothing.
 */
@Named
@ViewScoped
public class GalleryEntryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Gallery gallery;

  @Inject Judging judging;

  @Inject Revisions revisions;

  @Inject Conversations conversations;

  private Long id;
  private String filter;

  private Gallery.Single single;
  private List<EntryComment> comments = List.of();
  private List<RevisionRow> revisionRows = List.of();
  private Integer stars;
  private String commentText;
  private String reason;
  private boolean confirmingWinner;

  /** A revision on the page, with the stars the page's rating widget sets. */
  public static final class RevisionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int number;
    private final String notes;
    private Integer stars;

    RevisionRow(Revisions.View view) {
      number = view.number();
      notes = view.notes();
      stars = view.rating();
    }

    public int getNumber() {
      return number;
    }

    public String getNotes() {
      return notes;
    }

    public Integer getStars() {
      return stars;
    }

    public void setStars(Integer stars) {
      this.stars = stars;
    }
  }

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (SignInFirst.redirected(faces)) {
      return;
    }
    try {
      if (id == null) {
        throw new NotFoundException("No entry named.");
      }
      single = gallery.entry(id, Gallery.Filter.named(filter));
      stars = single.card().entry().rating();
      comments = single.judge() ? judging.comments(id) : List.of();
      revisionRows = new ArrayList<>(revisions.of(id).stream().map(RevisionRow::new).toList());
    } catch (BusinessException e) {
      faces.getExternalContext().responseSendError(404, "There is no such entry.");
      faces.responseComplete();
    }
  }

  /** The stars the widget sent (ajax). */
  public void rate() {
    try {
      judging.rate(id, new Rating(stars));
      Messages.addInfo("rating:stars", "Rated " + stars + (stars == 1 ? " star." : " stars."));
    } catch (RuntimeException e) {
      stars = single.card().entry().rating();
      Refusals.show("rating:stars", e);
    }
  }

  public void rateRevision(RevisionRow row) {
    try {
      judging.rateRevision(id, row.getNumber(), new Rating(row.getStars()));
      Messages.addInfo(
          "revisions:status",
          "Revision " + row.getNumber() + " rated " + row.getStars() + " stars.");
    } catch (RuntimeException e) {
      Refusals.show("revisions:status", e);
    }
  }

  public String comment() {
    try {
      judging.comment(id, new Comment(commentText));
    } catch (RuntimeException e) {
      if (!FieldMessages.show(FacesContext.getCurrentInstance(), "comment", e)) {
        Refusals.show("comment:text", e);
      }
      return null;
    }
    FieldMessages.flash(FacesContext.getCurrentInstance(), "Your comment is added.");
    return self();
  }

  public String eliminate() {
    try {
      judging.eliminate(id, new Elimination(reason));
    } catch (RuntimeException e) {
      if (!FieldMessages.show(FacesContext.getCurrentInstance(), "verdict", e)) {
        Refusals.show("verdict:reason", e);
      }
      return null;
    }
    FieldMessages.flash(
        FacesContext.getCurrentInstance(),
        single.card().entry().pseudonym() + "'s entry is eliminated; you can restore it.");
    return self();
  }

  public String restore() {
    try {
      judging.restore(id);
    } catch (RuntimeException e) {
      Refusals.show("verdict:restore", e);
      return null;
    }
    FieldMessages.flash(
        FacesContext.getCurrentInstance(),
        single.card().entry().pseudonym() + "'s entry is restored.");
    return self();
  }

  /** Opens (or finds) the conversation with the entry's designer. */
  public String message() {
    long conversation;
    try {
      conversation = conversations.open(id, null).conversation().id();
    } catch (RuntimeException e) {
      Refusals.show("talk:message", e);
      return null;
    }
    return "/messages?faces-redirect=true&conversation=" + conversation;
  }

  public String proposeWinner() {
    confirmingWinner = true;
    return null;
  }

  public String cancelWinner() {
    confirmingWinner = false;
    return null;
  }

  public String confirmWinner() {
    confirmingWinner = false;
    try {
      judging.pickWinner(single.contest().id(), new WinnerPick(id));
    } catch (RuntimeException e) {
      Refusals.show("winner:pick", e);
      return null;
    }
    FieldMessages.flash(
        FacesContext.getCurrentInstance(),
        single.card().entry().pseudonym()
            + "'s “"
            + single.card().entry().title()
            + "” won. The handover begins.");
    return "/gallery?faces-redirect=true&contest=" + single.contest().id();
  }

  private String self() {
    return "/gallery-entry?faces-redirect=true&id="
        + id
        + (filter == null ? "" : "&filter=" + getFilterName());
  }

  public boolean isLive() {
    return single != null && single.card().entry().status() == Entry.Status.LIVE;
  }

  public boolean isEliminated() {
    return single != null && single.card().entry().status() == Entry.Status.ELIMINATED;
  }

  public boolean isRevisionsRated() {
    Stage stage = single == null ? null : single.contest().stage();
    return single != null
        && single.judge()
        && (stage == Stage.FINAL_ROUND || stage == Stage.WINNER_SELECTION);
  }

  public boolean isChoosingWinner() {
    return single != null
        && single.judge()
        && single.contest().stage() == Stage.WINNER_SELECTION
        && isLive();
  }

  public String getFilterName() {
    return Gallery.Filter.named(filter).name().toLowerCase(java.util.Locale.ROOT);
  }

  public String starsOf(Integer rating) {
    return GalleryBacking.stars(rating);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public Gallery.Single getSingle() {
    return single;
  }

  public List<EntryComment> getComments() {
    return comments;
  }

  public List<RevisionRow> getRevisionRows() {
    return revisionRows;
  }

  public Integer getStars() {
    return stars;
  }

  public void setStars(Integer stars) {
    this.stars = stars;
  }

  public String getCommentText() {
    return commentText;
  }

  public void setCommentText(String commentText) {
    this.commentText = commentText;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isConfirmingWinner() {
    return confirmingWinner;
  }
}
