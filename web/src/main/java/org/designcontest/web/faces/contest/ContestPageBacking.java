package org.designcontest.web.faces.contest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.designcontest.contest.boundary.ContestService;
import org.designcontest.contest.entity.Contest;

/** One contest's page ({@code contest.xhtml?id=…}); an unknown id answers 404. */
@Named
@RequestScoped
public class ContestPageBacking {

  @Inject ContestService contests;

  @Inject FacesContext faces;

  private Long id;

  private Contest contest;

  public void load() throws IOException {
    contest = id == null ? null : contests.find(id).orElse(null);
    if (contest == null) {
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
}
