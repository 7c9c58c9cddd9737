package org.designcontest.web.faces.contest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.designcontest.account.boundary.CurrentCaller;
import org.designcontest.contest.boundary.ContestReferences;
import org.designcontest.contest.boundary.ContestService;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.ContestReference;
import org.designcontest.entry.boundary.Entries;
import org.designcontest.entry.control.SelectionRules;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.Page;
import org.designcontest.platform.control.SafeHtml;

/**
 * One contest's page ({@code contest.xhtml?id=…}); an unknown id answers 404. The brief is stored
 * as its company wrote it and sanitised here, on output, to the safe formatting subset ({@link
 * SafeHtml}); the entry count is the one everybody may see (live entries, no names).
 */
@Named
@RequestScoped
public class ContestPageBacking {

  @Inject ContestService contests;

  @Inject ContestReferences references;

  @Inject Entries entries;

  @Inject FacesContext faces;

  @Inject CurrentCaller currentCaller;

  private Long id;

  private Contest contest;
  private Long entryCount;
  private List<ContestReference> files;

  public void load() throws IOException {
    try {
      if (id == null) {
        throw new NotFoundException("No contest named.");
      }
      contest = contests.visible(id);
    } catch (NotFoundException e) {
      faces.getExternalContext().responseSendError(404, "There is no such contest.");
      faces.responseComplete();
    }
  }

  /**
   * Whether the caller acts for the contest's company: the page then links its gallery, handover
   * and history (only links; each of those pages' services decides again).
   */
  public boolean isOwnCompany() {
    return contest != null && currentCaller.get().actsFor(contest.company());
  }

  /** Whether the caller is a moderator: the page links the contest's history. */
  public boolean isModerator() {
    return currentCaller.get().isModerator();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Contest getContest() {
    return contest;
  }

  /**
   * The current deadline, if the stage has one, and what happens when it passes. Null on a postback
   * (a button of the page), where the contest is not loaded.
   */
  public Instant getDeadline() {
    return contest == null ? null : contest.deadlineAt().orElse(null);
  }

  public String getAtDeadline() {
    return contest == null ? null : SelectionRules.atNextDeadline(contest).orElse(null);
  }

  /** The brief's description in the safe subset of HTML (the page shows it unescaped). */
  public String getBriefHtml() {
    return contest == null ? "" : briefHtml(contest);
  }

  static String briefHtml(Contest contest) {
    return SafeHtml.sanitised(contest.description());
  }

  /** The live entries (a count only; who entered stays blind). */
  public long getEntryCount() {
    if (entryCount == null) {
      entryCount =
          contest == null ? 0 : entries.of(contest.id(), new Page.Request(0, 1)).liveCount();
    }
    return entryCount;
  }

  public List<ContestReference> getFiles() {
    if (files == null) {
      files = contest == null ? List.of() : references.list(contest.id());
    }
    return files;
  }

  /** The rule by which the platform picks finalists when the company does not, as published. */
  public String getFinalistsRule() {
    return SelectionRules.FINALISTS;
  }

  public String getWinnerRule() {
    return SelectionRules.WINNER;
  }

  public String getApprovalRule() {
    return SelectionRules.APPROVAL;
  }
}
