package org.designcontest.web.faces.handover;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.designcontest.handover.boundary.Handover;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.web.faces.FileResponse;

/**
 * One of a handover's final files, as a download for the pages ({@code
 * handover-file.xhtml?contest=…&file=…}): for the contest's company, its winner and moderators (the
 * service decides); the same 404 for anyone else and for files that do not exist. A file never
 * changes once stored, so its id tags it.
 */
@Named
@RequestScoped
public class HandoverFileBacking {

  @Inject Handover handover;

  @Inject FacesContext faces;

  private Long contest;
  private Long file;

  public void send() throws IOException {
    if (contest == null || file == null || faces.getExternalContext().getUserPrincipal() == null) {
      FileResponse.notFound(faces);
      return;
    }
    Handover.Download download;
    try {
      download = handover.file(contest, file);
    } catch (BusinessException e) {
      FileResponse.notFound(faces);
      return;
    }
    FileResponse.send(
        faces,
        "handover-file-" + file,
        download.contentType(),
        download.fileName(),
        false,
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
