package org.designcontest.web.faces.contest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.designcontest.contest.boundary.ContestCatalogue;
import org.designcontest.contest.boundary.ContestFilter;
import org.designcontest.contest.boundary.ContestSummary;
import org.designcontest.contest.entity.Stage;
import org.designcontest.platform.boundary.Page;

/** The home page: the open contests whose entries close soonest. */
@Named
@RequestScoped
public class HomeBacking {

  static final int SHOWN = 6;

  @Inject ContestCatalogue catalogue;

  private List<ContestSummary> endingSoon;

  public List<ContestSummary> getEndingSoon() {
    if (endingSoon == null) {
      endingSoon =
          catalogue
              .list(
                  new ContestFilter(
                      Stage.OPEN,
                      null,
                      null,
                      null,
                      null,
                      ContestFilter.Sort.ENDING,
                      new Page.Request(0, SHOWN)))
              .items();
    }
    return endingSoon;
  }
}
