package org.designcontest.web.faces.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.designcontest.contest.boundary.ContestService;
import org.designcontest.contest.entity.Category;
import org.designcontest.newsletter.boundary.Subscriptions;
import org.designcontest.newsletter.boundary.Subscriptions.Change;
import org.designcontest.newsletter.boundary.Subscriptions.ListChoice;
import org.designcontest.newsletter.boundary.Subscriptions.Settings;
import org.designcontest.newsletter.entity.MailingList;
import org.designcontest.web.faces.FieldMessages;
import org.designcontest.web.faces.SignInFirst;

/** The newsletter settings page: the weekly digest and its categories, and announcements. */
@Named
@RequestScoped
public class NewsletterSettingsBacking {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Inject Subscriptions subscriptions;

  @Inject ContestService contests;

  @Inject FacesContext faces;

  private Settings current;
  private boolean weeklyDigest;
  private boolean announcements;
  private List<String> categories = new ArrayList<>();

  public void load() throws IOException {
    if (SignInFirst.redirected(faces)) {
      return;
    }
    if (!faces.isPostback()) {
      weeklyDigest = subscribed(MailingList.WEEKLY_DIGEST);
      announcements = subscribed(MailingList.ANNOUNCEMENTS);
      categories = new ArrayList<>(current().categories());
    }
  }

  public String save() {
    try {
      subscriptions.change(
          new Change(
              isDesigner() ? weeklyDigest : null, announcements, isDesigner() ? categories : null));
    } catch (RuntimeException e) {
      return FieldMessages.stayWith(faces, "newsletters", e);
    }
    FieldMessages.flash(faces, "Your newsletter settings are saved.");
    return "/newsletter-settings?faces-redirect=true";
  }

  /** Only designers have the weekly digest (and categories to follow). */
  public boolean isDesigner() {
    return current().lists().containsKey(MailingList.WEEKLY_DIGEST);
  }

  /** Read when first needed, also on a post (where the page's load does not run). */
  private Settings current() {
    if (current == null) {
      current = subscriptions.mine();
    }
    return current;
  }

  /** The day the person agreed to the list, as "21 November 2026" (null if never or withdrawn). */
  public String consentOf(String list) {
    ListChoice choice = current().lists().get(MailingList.valueOf(list));
    return choice != null && choice.subscribed() && choice.consentAt() != null
        ? DAY.format(choice.consentAt())
        : null;
  }

  public List<Category> getAllCategories() {
    return contests.categories();
  }

  private boolean subscribed(MailingList list) {
    ListChoice choice = current().lists().get(list);
    return choice != null && choice.subscribed();
  }

  public boolean isWeeklyDigest() {
    return weeklyDigest;
  }

  public void setWeeklyDigest(boolean weeklyDigest) {
    this.weeklyDigest = weeklyDigest;
  }

  public boolean isAnnouncements() {
    return announcements;
  }

  public void setAnnouncements(boolean announcements) {
    this.announcements = announcements;
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories;
  }
}
