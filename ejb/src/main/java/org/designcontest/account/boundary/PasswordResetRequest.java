package org.designcontest.account.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;

/** Who forgot their password; also the API's request body. */
public final class PasswordResetRequest {

  @NotBlank(message = "Enter your email address.")
  private final String email;

  @JsonbCreator
  public PasswordResetRequest(@JsonbProperty("email") String email) {
    this.email = email;
  }

  public String email() {
    return email;
  }
}
