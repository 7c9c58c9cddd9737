package org.designcontest.web.faces.moderation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.designcontest.contest.boundary.ContestService;
import org.designcontest.contest.entity.Stage;
import org.designcontest.entry.boundary.Entries;
import org.designcontest.entry.entity.Entry;
import org.designcontest.entry.entity.EntryView;
import org.designcontest.moderation.boundary.ContestModeration;
import org.designcontest.moderation.boundary.ContestModeration.Listed;
import org.designcontest.moderation.boundary.ManualAward;
import org.designcontest.moderation.boundary.ManualAwards;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.NotPermittedException;
import org.designcontest.platform.boundary.Page;
import org.designcontest.web.faces.FieldMessages;
import org.designcontest.web.faces.SignInFirst;

/**
 * The moderators' contests page ({@code moderation-contests.xhtml?q=…&stage=…&page=N}, with {@code
 * award=ID} to award that contest by hand): every contest past its draft with its stage and
 * deadline; cancel after a second step; award manually (an entry, seen under its pseudonym, and a
 * reason) after a second step. The services decide who may and when; their refusals are shown next
 * to the field or above the list, and nothing changes. View scoped: the steps are postbacks of the
 * same view.
 */
@Named
@ViewScoped
public class ModerationContestsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 20;

  /** A contest's entries the award step shows (a contest with more is not the usual case). */
  static final int MAX_ENTRIES = 100;

  @Inject ContestModeration moderation;

  @Inject ContestService contests;

  @Inject ManualAwards awards;

  @Inject Entries entries;

  private String q;
  private String stage;
  private String page;
  private String award;

  private Long pendingCancel;
  private String pendingCancelTitle;
  private String refusal;

  /** The award step: the contest, the chosen entry, the reason; confirming asks once more. */
  private Long awardContest;

  private String awardTitle;
  private Long entry;
  private String reason;
  private boolean confirmingAward;

  private transient Page<Listed> found;
  private transient List<EntryView> awardEntries;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (SignInFirst.redirected(faces)) {
      return;
    }
    try {
      getFound();
      if (award != null && !award.isBlank()) {
        awardContest = PageParams.number(award);
        if (awardContest == null) {
          throw new NotFoundException("No such contest.");
        }
        awardTitle = contests.visible(awardContest).title();
        getAwardEntries();
      }
    } catch (NotPermittedException e) {
      PageParams.sendError(faces, 403, e.getMessage());
    } catch (NotFoundException e) {
      PageParams.sendError(faces, 404, "There is no such contest.");
    } catch (InvalidFieldException e) {
      found = Page.of(List.of(), 0, new Page.Request(0, PAGE_SIZE));
      FieldMessages.show(faces, "search", e);
    }
  }

  public String search() {
    page = null;
    award = null;
    return "/moderation-contests?faces-redirect=true&includeViewParams=true";
  }

  /** Cancel, first step. */
  public void askCancel(long contestId, String title) {
    refusal = null;
    pendingCancel = contestId;
    pendingCancelTitle = title;
  }

  public void dismissCancel() {
    pendingCancel = null;
    pendingCancelTitle = null;
  }

  /** Cancel, second step: the service cancels or refuses (a refusal stays on the page). */
  public String confirmCancel() {
    if (pendingCancel == null) {
      return null;
    }
    String title = pendingCancelTitle;
    try {
      contests.cancel(pendingCancel);
    } catch (BusinessException e) {
      refusal = e.getMessage();
      dismissCancel();
      found = null;
      return null;
    }
    FieldMessages.flash(
        FacesContext.getCurrentInstance(),
        "“" + title + "” is cancelled; a held prize is refunded. Its history says who did it.");
    return "/moderation-contests?faces-redirect=true&includeViewParams=true";
  }

  /** Award, first step: ask to confirm the entry and reason as given (the service judges them). */
  public void reviewAward() {
    refusal = null;
    confirmingAward = true;
  }

  public void changeAward() {
    confirmingAward = false;
  }

  /** Award, second step: the service awards or refuses (a refusal goes next to its field). */
  public String confirmAward() {
    FacesContext faces = FacesContext.getCurrentInstance();
    confirmingAward = false;
    try {
      awards.award(awardContest, new ManualAward(entry, reason));
    } catch (InvalidFieldException | jakarta.ejb.EJBException e) {
      return FieldMessages.stayWith(faces, "award", e);
    } catch (BusinessException e) {
      refusal = e.getMessage();
      return null;
    }
    FieldMessages.flash(
        faces,
        "“"
            + awardTitle
            + "” is awarded to "
            + getChosenPseudonym()
            + ". The handover begins; the history keeps your reason.");
    award = null;
    return "/moderation-contests?faces-redirect=true&includeViewParams=true";
  }

  public Page<Listed> getFound() {
    if (found == null) {
      Long number = PageParams.number(page);
      found =
          moderation.find(
              q,
              stageFilter(),
              new Page.Request(number == null ? 0 : number.intValue(), PAGE_SIZE));
    }
    return found;
  }

  private Stage stageFilter() {
    if (stage == null || stage.isBlank()) {
      return null;
    }
    return Arrays.stream(Stage.values())
        .filter(s -> s.name().equals(stage))
        .findFirst()
        .orElseThrow(() -> new InvalidFieldException("stage", "Choose a stage from the list."));
  }

  /** The live entries the winner may be chosen from, under their pseudonyms. */
  public List<EntryView> getAwardEntries() {
    if (awardEntries == null) {
      awardEntries =
          awardContest == null
              ? List.of()
              : entries
                  .of(awardContest, new Page.Request(0, MAX_ENTRIES))
                  .entries()
                  .items()
                  .stream()
                  .filter(e -> e.status() == Entry.Status.LIVE)
                  .toList();
    }
    return awardEntries;
  }

  public String getChosenPseudonym() {
    return getAwardEntries().stream()
        .filter(e -> entry != null && e.id() == entry)
        .findFirst()
        .map(e -> e.pseudonym() + " (“" + e.title() + "”)")
        .orElse("no entry chosen yet");
  }

  public List<Stage> getStages() {
    return Arrays.stream(Stage.values()).filter(s -> s != Stage.DRAFT).toList();
  }

  public boolean cancellable(Listed contest) {
    return !contest.stage().isFinished();
  }

  public boolean awardable(Listed contest) {
    return contest.stage() == Stage.WINNER_SELECTION;
  }

  public boolean isHasPrevious() {
    return getFound().page() > 0;
  }

  public boolean isHasNext() {
    return getFound().page() + 1 < getFound().pageCount();
  }

  public int getPreviousPage() {
    return getFound().page() - 1;
  }

  public int getNextPage() {
    return getFound().page() + 1;
  }

  public boolean isAwarding() {
    return awardContest != null;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getAward() {
    return award;
  }

  public void setAward(String award) {
    this.award = award;
  }

  public Long getPendingCancel() {
    return pendingCancel;
  }

  public String getPendingCancelTitle() {
    return pendingCancelTitle;
  }

  public String getRefusal() {
    return refusal;
  }

  public Long getAwardContest() {
    return awardContest;
  }

  public String getAwardTitle() {
    return awardTitle;
  }

  public Long getEntry() {
    return entry;
  }

  public void setEntry(Long entry) {
    this.entry = entry;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isConfirmingAward() {
    return confirmingAward;
  }
}
