package org.designcontest.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.designcontest.account.boundary.CompanyMembers;
import org.designcontest.account.boundary.Invitation;
import org.designcontest.account.boundary.ProfileChange;
import org.designcontest.account.boundary.Profiles;
import org.designcontest.account.entity.Account;
import org.designcontest.contest.boundary.ContestService;
import org.designcontest.contest.entity.Category;
import org.designcontest.web.faces.FieldMessages;
import org.designcontest.web.faces.SignInFirst;

/**
 * The profile page: who you are; for company staff, the colleagues, and the owner's invitations.
 */
@Named
@RequestScoped
public class ProfileBacking {

  @Inject Profiles profiles;

  @Inject CompanyMembers companyMembers;

  @Inject ContestService contests;

  @Inject FacesContext faces;

  private Account me;
  private List<Account> members;
  private String inviteEmail;
  private String displayName;
  private String portfolioUrl;
  private List<String> categories;

  /** Sends visitors who are not signed in to the sign-in page. */
  public void load() throws IOException {
    if (SignInFirst.redirected(faces)) {
      return;
    }
    me = profiles.me();
    members = me.company().isPresent() ? companyMembers.members() : List.of();
    displayName = me.displayName();
    portfolioUrl = me.portfolioUrl().orElse(null);
    categories = me.followedCategories().stream().map(Category::code).toList();
  }

  public String save() {
    try {
      profiles.update(
          new ProfileChange(
              displayName,
              portfolioUrl == null || portfolioUrl.isBlank() ? null : portfolioUrl,
              categories == null ? List.of() : categories));
    } catch (RuntimeException e) {
      return FieldMessages.stayWith(faces, "profile", e);
    }
    FieldMessages.flash(faces, "Your profile is saved.");
    return "/account?faces-redirect=true";
  }

  public List<Category> getAllCategories() {
    return contests.categories();
  }

  public String invite() {
    try {
      companyMembers.invite(new Invitation(inviteEmail));
    } catch (RuntimeException e) {
      return FieldMessages.stayWith(faces, "invite", e);
    }
    FieldMessages.flash(faces, "Invitation sent to " + inviteEmail.strip() + ".");
    return "/account?faces-redirect=true";
  }

  public String remove(long accountId) {
    companyMembers.remove(accountId);
    FieldMessages.flash(faces, "The colleague no longer has access to the company.");
    return "/account?faces-redirect=true";
  }

  public Account getMe() {
    if (me == null) {
      me = profiles.me();
    }
    return me;
  }

  public List<Account> getMembers() {
    if (members == null) {
      members = getMe().company().isPresent() ? companyMembers.members() : List.of();
    }
    return members;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPortfolioUrl() {
    return portfolioUrl;
  }

  public void setPortfolioUrl(String portfolioUrl) {
    this.portfolioUrl = portfolioUrl;
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories;
  }

  public String getInviteEmail() {
    return inviteEmail;
  }

  public void setInviteEmail(String inviteEmail) {
    this.inviteEmail = inviteEmail;
  }
}
