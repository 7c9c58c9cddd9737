package org.designcontest.web.faces.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.designcontest.moderation.boundary.ContestModeration;
import org.designcontest.moderation.boundary.ContestModeration.History;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.NotPermittedException;
import org.designcontest.web.faces.SignInFirst;
import org.designcontest.web.faces.Words;

/**
 * A contest's event history ({@code contest-history.xhtml?contest=ID}), for its company and
 * moderators: 404 for an unknown contest or a bad id, 403 for others who may see the contest.
 */
@Named
@RequestScoped
public class ContestHistoryBacking {

  @Inject ContestModeration moderation;

  @Inject Words words;

  @Inject FacesContext faces;

  private String contest;

  private History history;

  public void load() throws IOException {
    if (SignInFirst.redirected(faces)) {
      return;
    }
    Long id = PageParams.number(contest);
    if (id == null) {
      PageParams.sendError(faces, 404, "There is no such contest.");
      return;
    }
    try {
      history = moderation.history(id);
    } catch (NotFoundException e) {
      PageParams.sendError(faces, 404, "There is no such contest.");
    } catch (NotPermittedException e) {
      PageParams.sendError(faces, 403, e.getMessage());
    }
  }

  public History getHistory() {
    return history;
  }

  public String getStage() {
    return history == null ? "" : words.stage(history.stage());
  }

  public String getContest() {
    return contest;
  }

  public void setContest(String contest) {
    this.contest = contest;
  }
}
