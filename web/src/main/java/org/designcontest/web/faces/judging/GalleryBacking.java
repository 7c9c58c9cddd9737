package org.designcontest.web.faces.judging;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.designcontest.contest.entity.Stage;
import org.designcontest.judging.boundary.Gallery;
import org.designcontest.judging.boundary.Judging;
import org.designcontest.judging.boundary.Verdicts.FinalistPick;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.platform.boundary.Page;
import org.designcontest.web.faces.FieldMessages;
import org.designcontest.web.faces.SignInFirst;
import org.omnifaces.util.Messages;

/**
 * A contest's gallery for its company ({@code gallery.xhtml?contest=…[&filter=…][&page=…]}): the
 * entries' thumbnails under pseudonyms, filtered and paged by the service; ticked entries are
 * compared or picked as finalists (after a confirmation). Moderators look without judging; anyone
 * else gets the 404 page. View scoped: the ticks and the confirmation belong to the page's cards.
 */
@Named
@ViewScoped
public class GalleryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Cards per page unless the page asks for another size (the service allows up to 100). */
  static final int PAGE_SIZE = 60;

  @Inject Gallery gallery;

  @Inject Judging judging;

  private Long contestId;
  private String filter;
  private Integer page;
  private Integer size;

  private Gallery.View view;
  private final Map<Long, Boolean> ticked = new HashMap<>();
  private List<Gallery.Card> pendingFinalists = List.of();

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (SignInFirst.redirected(faces)) {
      return;
    }
    try {
      if (contestId == null) {
        throw new org.designcontest.platform.boundary.NotFoundException("No contest named.");
      }
      view =
          gallery.of(
              contestId,
              Gallery.Filter.named(filter),
              new Page.Request(
                  page == null ? 0 : Math.max(0, page),
                  size == null ? PAGE_SIZE : Math.min(Math.max(size, 1), Page.MAX_SIZE)));
    } catch (BusinessException e) {
      // another company's contest, a designer, an unknown id: all look the same (blindness)
      faces.getExternalContext().responseSendError(404, "There is no such gallery.");
      faces.responseComplete();
    }
  }

  /** The ticked entries, side by side (2 to 4). */
  public String compare() {
    List<Long> chosen = tickedIds();
    if (chosen.size() < 2 || chosen.size() > 4) {
      Messages.addError("grid:actions", "Tick 2 to 4 entries to compare them.");
      return null;
    }
    return "/gallery-compare?faces-redirect=true&contest="
        + contestId
        + "&entries="
        + chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** Asks to confirm the ticked entries' designers as the finalists. */
  public String proposeFinalists() {
    pendingFinalists =
        view.cards().items().stream()
            .filter(card -> Boolean.TRUE.equals(ticked.get(card.entry().id())))
            .toList();
    if (pendingFinalists.isEmpty()) {
      Messages.addError(
          "grid:actions", "Tick the entries of the designers you choose as finalists.");
    }
    return null;
  }

  public String cancelFinalists() {
    pendingFinalists = List.of();
    return null;
  }

  /**
   * Picks the confirmed designers; the service refuses a wrong stage or number (nothing changes).
   */
  public String confirmFinalists() {
    List<Integer> numbers =
        pendingFinalists.stream().map(card -> card.entry().designerNumber()).distinct().toList();
    try {
      judging.pickFinalists(contestId, new FinalistPick(numbers));
    } catch (RuntimeException e) {
      Refusals.show("grid:actions", e);
      pendingFinalists = List.of();
      return null;
    }
    FieldMessages.flash(
        FacesContext.getCurrentInstance(),
        "Finalists chosen: "
            + pendingFinalists.stream()
                .map(card -> card.entry().pseudonym())
                .distinct()
                .collect(Collectors.joining(", "))
            + ". The final round has begun.");
    return "/gallery?faces-redirect=true&contest=" + contestId + "&filter=finalists";
  }

  private List<Long> tickedIds() {
    return view.cards().items().stream()
        .map(card -> card.entry().id())
        .filter(id -> Boolean.TRUE.equals(ticked.get(id)))
        .toList();
  }

  /** "★★★☆☆" for 3 stars; empty when unrated. */
  public static String stars(Integer rating) {
    return rating == null ? "" : "★".repeat(rating) + "☆".repeat(5 - rating);
  }

  public String starsOf(Integer rating) {
    return stars(rating);
  }

  /** Finalists are picked while entries are open or in the selection window, by the company. */
  public boolean isPickingFinalists() {
    return view != null
        && view.judge()
        && (view.contest().stage() == Stage.OPEN
            || view.contest().stage() == Stage.FINALIST_SELECTION);
  }

  public String getFilterName() {
    return Gallery.Filter.named(filter).name().toLowerCase(java.util.Locale.ROOT);
  }

  public long count(String filterName) {
    return view == null ? 0 : view.counts().get(Gallery.Filter.named(filterName));
  }

  public Long getContestId() {
    return contestId;
  }

  public void setContestId(Long contestId) {
    this.contestId = contestId;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }

  public Integer getSize() {
    return size;
  }

  public void setSize(Integer size) {
    this.size = size;
  }

  /** The page size for the pager's links, if the page was asked for with one. */
  public String getSizeParam() {
    return size == null ? "" : "&size=" + size;
  }

  public Gallery.View getView() {
    return view;
  }

  public Map<Long, Boolean> getTicked() {
    return ticked;
  }

  public List<Gallery.Card> getPendingFinalists() {
    return pendingFinalists;
  }

  /** The page number shown to people (from 1). */
  public int getPageNumber() {
    return view == null ? 1 : view.cards().page() + 1;
  }

  public boolean isHasPrevious() {
    return view != null && view.cards().page() > 0;
  }

  public boolean isHasNext() {
    return view != null && view.cards().page() + 1 < view.cards().pageCount();
  }
}
