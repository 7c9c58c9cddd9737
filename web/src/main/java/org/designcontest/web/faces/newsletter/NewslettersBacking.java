package org.designcontest.web.faces.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.designcontest.contest.boundary.ContestService;
import org.designcontest.contest.entity.Category;
import org.designcontest.newsletter.boundary.Announcement;
import org.designcontest.newsletter.boundary.Newsletters;
import org.designcontest.newsletter.boundary.Newsletters.Summary;
import org.designcontest.newsletter.entity.Segment;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.platform.boundary.NotPermittedException;
import org.designcontest.web.faces.FieldMessages;
import org.designcontest.web.faces.SignInFirst;

/**
 * The administrators' newsletter page: write an announcement; see each newsletter's job (read,
 * queued, skipped; sent and failed emails); preview, test, release, stop and restart; send the
 * weekly digest now. Anyone else gets 403.
 */
@Named
@RequestScoped
public class NewslettersBacking {

  @Inject Newsletters newsletters;

  @Inject ContestService contests;

  @Inject FacesContext faces;

  private List<Summary> latest;
  private String subject;
  private String body;
  private Segment segment = Segment.DESIGNERS;
  private String category;

  public void load() throws IOException {
    if (SignInFirst.redirected(faces)) {
      return;
    }
    try {
      latest = newsletters.latest(50);
    } catch (NotPermittedException e) {
      faces.getExternalContext().responseSendError(403, e.getMessage());
      faces.responseComplete();
    }
  }

  public String write() {
    Summary written;
    try {
      written = newsletters.announce(new Announcement(subject, body, segment, category));
    } catch (RuntimeException e) {
      return FieldMessages.stayWith(faces, "announcement", e);
    }
    FieldMessages.flash(faces, "Draft saved: preview it, send yourself a test, then release it.");
    return "/newsletter?faces-redirect=true&id=" + written.id();
  }

  public String release(long id) {
    return act(() -> newsletters.release(id), "Released: its job is queueing the emails.");
  }

  public String stop(long id) {
    return act(() -> newsletters.stop(id), "Stopping after the current chunk.");
  }

  public String restart(long id) {
    return act(() -> newsletters.restart(id), "Restarted from its last checkpoint.");
  }

  public String testSend(long id) {
    return act(() -> newsletters.testSend(id), "A test copy is on its way to you.");
  }

  public String sendDigestNow() {
    return act(newsletters::sendDigestNow, "The weekly digest is being sent.");
  }

  /** Runs an action and flashes its outcome; a refusal (409, 404) is flashed instead. */
  private String act(Runnable action, String done) {
    try {
      action.run();
      FieldMessages.flash(faces, done);
    } catch (BusinessException e) {
      FieldMessages.flash(faces, e.getMessage());
    }
    return "/newsletters?faces-redirect=true";
  }

  /** Also on a post: the buttons in the table must exist again to be clicked. */
  public List<Summary> getLatest() {
    if (latest == null) {
      latest = newsletters.latest(50);
    }
    return latest;
  }

  public List<Segment> getSegments() {
    return List.of(Segment.DESIGNERS, Segment.COMPANIES, Segment.EVERYONE, Segment.CATEGORY);
  }

  public List<Category> getCategories() {
    return contests.categories();
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Segment getSegment() {
    return segment;
  }

  public void setSegment(Segment segment) {
    this.segment = segment;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }
}
