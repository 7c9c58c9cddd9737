package org.designcontest.account.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.designcontest.account.entity.ApiToken;

/** A request for a new API token; also the API's request body. (A class: see ContestBrief.) */
public final class NewApiToken {

  @NotBlank(message = "Name the token after what will use it.")
  @Size(max = 80, message = "The name may be at most 80 characters.")
  private final String name;

  @NotNull(message = "Choose READ or WRITE.")
  @Pattern(regexp = "READ|WRITE", message = "Choose READ or WRITE.")
  private final String scope;

  private final boolean forCompany;

  @JsonbCreator
  public NewApiToken(
      @JsonbProperty("name") String name,
      @JsonbProperty("scope") String scope,
      @JsonbProperty("forCompany") Boolean forCompany) {
    this.name = name;
    this.scope = scope;
    this.forCompany = Boolean.TRUE.equals(forCompany);
  }

  public String name() {
    return name;
  }

  public ApiToken.Scope scope() {
    return ApiToken.Scope.valueOf(scope);
  }

  /** A token of the caller's company for its external systems, rather than the caller's own. */
  public boolean forCompany() {
    return forCompany;
  }
}
