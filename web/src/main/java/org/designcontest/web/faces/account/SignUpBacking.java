package org.designcontest.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.designcontest.account.boundary.CompanySignUp;
import org.designcontest.account.boundary.DesignerSignUp;
import org.designcontest.account.boundary.SignUp;
import org.designcontest.contest.boundary.ContestService;
import org.designcontest.contest.entity.Category;
import org.designcontest.web.faces.FieldMessages;

/** The sign-up forms for designers and for companies. */
@Named
@RequestScoped
public class SignUpBacking {

  static final String CHECK_YOUR_EMAIL =
      "Almost there: we sent you an email with a link to confirm your address.";

  @Inject SignUp signUp;

  @Inject ContestService contests;

  @Inject FacesContext faces;

  private String email;
  private String password;
  private String displayName;
  private String portfolioUrl;
  private String companyName;
  private List<String> categories = new ArrayList<>();

  public String signUpDesigner() {
    try {
      signUp.designer(
          new DesignerSignUp(email, password, displayName, blankToNull(portfolioUrl), categories));
    } catch (RuntimeException e) {
      return FieldMessages.stayWith(faces, "designer", e);
    }
    FieldMessages.flash(faces, CHECK_YOUR_EMAIL);
    return "/index?faces-redirect=true";
  }

  public String signUpCompany() {
    try {
      signUp.company(new CompanySignUp(companyName, email, password, displayName));
    } catch (RuntimeException e) {
      return FieldMessages.stayWith(faces, "company", e);
    }
    FieldMessages.flash(faces, CHECK_YOUR_EMAIL);
    return "/index?faces-redirect=true";
  }

  public List<Category> getAllCategories() {
    return contests.categories();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
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

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories;
  }
}
