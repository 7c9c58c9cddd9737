package org.designcontest.web.faces.contest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.designcontest.contest.boundary.ContestService;
import org.designcontest.contest.entity.Contest;

/** The latest contests, for the home page. */
@Named
@RequestScoped
public class ContestListBacking {

  private static final int SHOWN = 50;

  @Inject ContestService contests;

  private List<Contest> latest;

  public List<Contest> getLatest() {
    if (latest == null) {
      latest = contests.latest(SHOWN);
    }
    return latest;
  }
}
