package org.designcontest.account.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;

/** A new password with the token from the emailed link; also the API's request body. */
public final class NewPassword {

  @NotBlank(message = "The link has no token.")
  private final String token;

  @NewPasswordRule private final String password;

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
