package org.designcontest.account.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Whom a company owner invites; also the API's request body. */
public final class Invitation {

  @NotBlank(message = "Enter your colleague's email address.")
  @Email(message = "This is not an email address.")
  @Size(max = 254, message = "The address may be at most 254 characters.")
  private final String email;

  @JsonbCreator
  public Invitation(@JsonbProperty("email") String email) {
    this.email = email;
  }

  public String email() {
    return email;
  }
}
