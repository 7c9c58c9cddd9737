package org.designcontest.web.faces.contest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import org.designcontest.contest.boundary.ContestService;
import org.designcontest.contest.entity.Contest;
import org.designcontest.entry.control.SelectionRules;
import org.designcontest.platform.boundary.NotFoundException;

/** One contest's page ({@code contest.xhtml?id=…}); an unknown id answers 404. */
@Named
@RequestScoped
public class ContestPageBacking {

  @Inject ContestService contests;

  @Inject FacesContext faces;

  private Long id;

  private Contest contest;

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
}
