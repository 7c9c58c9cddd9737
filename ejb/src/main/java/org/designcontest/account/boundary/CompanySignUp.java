package org.designcontest.account.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a company's first staff member gives to sign the company up; they become its owner. Also the
 * API's request body.
 */
public final class CompanySignUp {

  @NotBlank(message = "Enter the company's name.")
  @Size(max = 120, message = "The name may be at most 120 characters.")
  private final String companyName;

  @EmailAddress private final String email;

  @NewPasswordRule private final String password;

  @DisplayName private final String displayName;

  @JsonbCreator
  public CompanySignUp(
      @JsonbProperty("companyName") String companyName,
      @JsonbProperty("email") String email,
      @JsonbProperty("password") String password,
      @JsonbProperty("displayName") String displayName) {
    this.companyName = companyName;
    this.email = email;
    this.password = password;
    this.displayName = displayName;
  }

  public String companyName() {
    return companyName;
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
}
