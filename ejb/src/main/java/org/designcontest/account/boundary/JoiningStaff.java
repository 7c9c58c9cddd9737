package org.designcontest.account.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;

/** What an invited colleague gives to join; also the API's request body. */
public final class JoiningStaff {

  @NotBlank(message = "The link has no token.")
  private final String token;

  @DisplayName private final String displayName;

  @NewPasswordRule private final String password;

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
