package org.designcontest.account.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.designcontest.account.control.Passwords;

/**
 * What a designer gives to sign up; also the API's request body. (A class, not a record: see
 * ContestBrief.)
 */
public final class DesignerSignUp {

  @NotBlank(message = "Enter your email address.")
  @Email(message = "This is not an email address.")
  @Size(max = 254, message = "The address may be at most 254 characters.")
  private final String email;

  @NotNull(message = "Choose a password.")
  @Size(
      min = Passwords.MIN_LENGTH,
      max = 200,
      message = "The password needs at least " + Passwords.MIN_LENGTH + " characters.")
  private final String password;

  @NotBlank(message = "Choose the name designers and companies will see once you reveal yourself.")
  @Size(max = 80, message = "The name may be at most 80 characters.")
  private final String displayName;

  @Size(max = 300, message = "The link may be at most 300 characters.")
  @Pattern(
      regexp = "https?://\\S+",
      message = "The portfolio link starts with https:// or http://.")
  private final String portfolioUrl;

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
