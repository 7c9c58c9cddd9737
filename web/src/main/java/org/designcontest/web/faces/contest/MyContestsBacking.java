package org.designcontest.web.faces.contest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.designcontest.contest.boundary.CompanyContests;
import org.designcontest.platform.boundary.NotPermittedException;
import org.designcontest.web.faces.SignInFirst;

/**
 * The company staff's dashboard ({@code my-contests.xhtml}): their company's contests, drafts
 * included, with what needs doing next. The service scopes it to the caller's company; anyone else
 * gets the 403 page.
 */
@Named
@RequestScoped
public class MyContestsBacking {

  @Inject CompanyContests companyContests;

  @Inject FacesContext faces;

  private List<CompanyContests.Mine> contests;
  private String companyName;

  public void load() throws IOException {
    if (SignInFirst.redirected(faces)) {
      return;
    }
    try {
      companyName = companyContests.companyName();
      contests = companyContests.mine();
    } catch (NotPermittedException e) {
      faces.getExternalContext().responseSendError(403, e.getMessage());
      faces.responseComplete();
    }
  }

  public List<CompanyContests.Mine> getContests() {
    return contests == null ? List.of() : contests;
  }

  public String getCompanyName() {
    return companyName;
  }
}
