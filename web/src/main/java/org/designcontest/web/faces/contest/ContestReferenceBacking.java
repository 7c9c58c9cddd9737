package org.designcontest.web.faces.contest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.designcontest.contest.boundary.ContestReferences;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.web.faces.FileResponse;

/**
 * A brief's reference file for the pages ({@code contest-reference.xhtml?contest=…&file=…}): for
 * whoever may see the contest (the service decides); 404 for anyone else. A reference never changes
 * (a draft's company removes it and attaches another), so its id is its tag.
 */
@Named
@RequestScoped
public class ContestReferenceBacking {

  @Inject ContestReferences references;

  @Inject FacesContext faces;

  private Long contest;
  private Long file;

  public void send() throws IOException {
    if (contest == null || file == null) {
      FileResponse.notFound(faces);
      return;
    }
    ContestReferences.Download download;
    try {
      download = references.download(contest, file);
    } catch (BusinessException e) {
      FileResponse.notFound(faces);
      return;
    }
    boolean image = download.contentType().startsWith("image/");
    FileResponse.send(
        faces,
        "reference-" + file,
        download.contentType(),
        download.fileName(),
        image,
        download.content());
  }

  public Long getContest() {
    return contest;
  }

  public void setContest(Long contest) {
    this.contest = contest;
  }

  public Long getFile() {
    return file;
  }

  public void setFile(Long file) {
    this.file = file;
  }
}
