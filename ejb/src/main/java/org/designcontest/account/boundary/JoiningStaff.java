package org.designcontest.account.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.designcontest.account.control.Passwords;

/** What an invited colleague gives to join; also the API's request body. */
public final class JoiningStaff {

  @NotBlank(message = "The link has no token.")
  private final String token;

  @NotBlank(message = "Enter your name.")
  @Size(max = 80, message = "The name may be at most 80 characters.")
  private final String displayName;

  @NotNull(message = "Choose a password.")
  @Size(
      min = Passwords.MIN_LENGTH,
      max = 200,
      message = "The password needs at least " + Passwords.MIN_LENGTH + " characters.")
  private final String password;

  @JsonbCreator
  public JoiningStaff(
      @JsonbProperty("token") String token,
      @JsonbProperty("displayName") String displayName,
      @JsonbProperty("password") String password) {
    this.token = token;
    this.displayName = displayName;
    this.password = password;
  }

  public String token() {
    return token;
  }

  public String displayName() {
    return displayName;
  }

  public String password() {
    return password;
  }
}
