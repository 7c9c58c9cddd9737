package org.designcontest.account.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.designcontest.account.control.Passwords;

/** A new password with the token from the emailed link; also the API's request body. */
public final class NewPassword {

  @NotBlank(message = "The link has no token.")
  private final String token;

  @NotNull(message = "Choose a new password.")
  @Size(
      min = Passwords.MIN_LENGTH,
      max = 200,
      message = "The password needs at least " + Passwords.MIN_LENGTH + " characters.")
  private final String password;

  @JsonbCreator
  public NewPassword(
      @JsonbProperty("token") String token, @JsonbProperty("password") String password) {
    this.token = token;
    this.password = password;
  }

  public String token() {
    return token;
  }

  public String password() {
    return password;
  }
}
