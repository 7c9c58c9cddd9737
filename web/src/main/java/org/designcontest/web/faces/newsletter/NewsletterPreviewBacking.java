package org.designcontest.web.faces.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.designcontest.newsletter.boundary.Newsletters;
import org.designcontest.newsletter.boundary.Newsletters.Preview;
import org.designcontest.newsletter.boundary.Newsletters.Summary;
import org.designcontest.platform.boundary.ConflictException;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.NotPermittedException;
import org.designcontest.web.faces.SignInFirst;

/** One newsletter for administrators ({@code newsletter.xhtml?id=…}): its state and its preview. */
@Named
@RequestScoped
public class NewsletterPreviewBacking {

  @Inject Newsletters newsletters;

  @Inject FacesContext faces;

  private Long id;
  private Summary newsletter;
  private Preview preview;
  private String previewRefused;

  public void load() throws IOException {
    if (SignInFirst.redirected(faces)) {
      return;
    }
    try {
      if (id == null) {
        throw new NotFoundException("No newsletter named.");
      }
      newsletter = newsletters.get(id);
      preview = newsletters.preview(id);
    } catch (ConflictException e) {
      previewRefused = e.getMessage();
    } catch (NotPermittedException e) {
      faces.getExternalContext().responseSendError(403, e.getMessage());
      faces.responseComplete();
    } catch (NotFoundException e) {
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Summary getNewsletter() {
    return newsletter;
  }

  public Preview getPreview() {
    return preview;
  }

  public String getPreviewRefused() {
    return previewRefused;
  }
}
