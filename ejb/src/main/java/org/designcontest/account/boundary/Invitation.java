package org.designcontest.account.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;

/** Whom a company owner invites; also the API's request body. */
public final class Invitation {

  @EmailAddress private final String email;

  @JsonbCreator
  public Invitation(@JsonbProperty("email") String email) {
    this.email = email;
  }

  public String email() {
    return email;
  }
}
