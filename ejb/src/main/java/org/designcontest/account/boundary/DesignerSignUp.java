package org.designcontest.account.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a designer gives to sign up; also the API's request body. (A class, not a record: see
 * ContestBrief.)
 */
public final class DesignerSignUp {

  @EmailAddress private final String email;

  @NewPasswordRule private final String password;

  @DisplayName private final String displayName;

  @DesignerLinks private final String portfolioUrl;

  @Size(max = 20, message = "Follow at most 20 categories.")
  private final List<String> categories;

  @JsonbCreator
  public DesignerSignUp(
      @JsonbProperty("email") String email,
      @JsonbProperty("password") String password,
      @JsonbProperty("displayName") String displayName,
      @JsonbProperty("portfolioUrl") String portfolioUrl,
      @JsonbProperty("categories") List<String> categories) {
    this.email = email;
    this.password = password;
    this.displayName = displayName;
    this.portfolioUrl = portfolioUrl;
    this.categories = categories == null ? List.of() : List.copyOf(categories);
  }

  public String email() {
    return email;
  }

  public String password() {
    return password;
  }

  public String displayName() {
    return displayName;
  }

  public String portfolioUrl() {
    return portfolioUrl;
  }

  public List<String> categories() {
    return categories;
  }
}
