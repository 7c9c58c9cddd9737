package org.designcontest.web.faces.judging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.designcontest.judging.boundary.Gallery;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.web.faces.SignInFirst;

/**
 * Two to four entries of one contest side by side ({@code
 * gallery-compare.xhtml?contest=…&entries=1,2[,3,4]}), each as the gallery's service shows it: an
 * entry the caller may not see, or of another contest, makes the whole page 404.
 */
@Named
@RequestScoped
public class GalleryCompareBacking {

  @Inject Gallery gallery;

  @Inject FacesContext faces;

  private Long contest;
  private String entries;
  private final List<Gallery.Single> compared = new ArrayList<>();

  public void load() throws IOException {
    if (SignInFirst.redirected(faces)) {
      return;
    }
    try {
      List<Long> ids =
          Arrays.stream(entries == null ? new String[0] : entries.split(","))
              .map(String::strip)
              .filter(id -> id.matches("\\d{1,18}"))
              .map(Long::valueOf)
              .distinct()
              .toList();
      if (contest == null || ids.size() < 2 || ids.size() > 4) {
        throw new NotFoundException("Compare 2 to 4 entries of one contest.");
      }
      for (long id : ids) {
        Gallery.Single single = gallery.entry(id, Gallery.Filter.ALL);
        if (single.contest().id() != contest) {
          throw new NotFoundException("There is no entry " + id + " in this contest.");
        }
        compared.add(single);
      }
    } catch (BusinessException e) {
      faces.getExternalContext().responseSendError(404, "There is no such comparison.");
      faces.responseComplete();
    }
  }

  public String starsOf(Integer rating) {
    return GalleryBacking.stars(rating);
  }

  public Long getContest() {
    return contest;
  }

  public void setContest(Long contest) {
    this.contest = contest;
  }

  public String getEntries() {
    return entries;
  }

  public void setEntries(String entries) {
    this.entries = entries;
  }

  public List<Gallery.Single> getCompared() {
    return compared;
  }

  public String getTitle() {
    return compared.isEmpty() ? "Compare" : compared.get(0).contest().title();
  }
}
