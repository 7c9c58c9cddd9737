package org.designcontest.web.faces.entry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.designcontest.entry.boundary.Entries;
import org.designcontest.entry.boundary.Revisions;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.web.faces.FileResponse;

/**
 * An entry's image, or one of its revisions', for the pages ({@code
 * entry-image.xhtml?entry=…&size=grid|large[&revision=N]}): for the entry's designer, the contest's
 * company and moderators (the services decide); 404 for anyone else. Tagged by content, so a
 * gallery's thumbnails come from the browser's cache on the next visit.
 */
@Named
@RequestScoped
public class EntryImageBacking {

  @Inject Entries entries;

  @Inject Revisions revisions;

  @Inject FacesContext faces;

  private Long entry;
  private Integer revision;
  private String size;

  public void send() throws IOException {
    if (entry == null || faces.getExternalContext().getUserPrincipal() == null) {
      FileResponse.notFound(faces);
      return;
    }
    Entries.Image image;
    try {
      image =
          revision == null
              ? entries.image(entry, FileResponse.imageSize(size))
              : revisions.image(entry, revision, FileResponse.imageSize(size));
    } catch (BusinessException e) {
      FileResponse.notFound(faces);
      return;
    }
    String name = "entry-" + entry + (revision == null ? "" : "-revision-" + revision);
    FileResponse.send(faces, image.tag(), image.contentType(), name, true, image.content());
  }

  public Long getEntry() {
    return entry;
  }

  public void setEntry(Long entry) {
    this.entry = entry;
  }

  public Integer getRevision() {
    return revision;
  }

  public void setRevision(Integer revision) {
    this.revision = revision;
  }

  public String getSize() {
    return size;
  }

  public void setSize(String size) {
    this.size = size;
  }
}
