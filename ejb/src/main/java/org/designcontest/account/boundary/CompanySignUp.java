package org.designcontest.account.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.designcontest.account.control.Passwords;

/**
 * What a company's first staff member gives to sign the company up; they become its owner. Also the
 * API's request body.
 */
public final class CompanySignUp {

  @NotBlank(message = "Enter the company's name.")
  @Size(max = 120, message = "The name may be at most 120 characters.")
  private final String companyName;

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

  @NotBlank(message = "Enter your name.")
  @Size(max = 80, message = "The name may be at most 80 characters.")
  private final String displayName;

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
