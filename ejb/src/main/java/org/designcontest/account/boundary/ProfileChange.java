package org.designcontest.account.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A person's new profile: the name for everyone; the portfolio link and followed categories for
 * designers. Also the API's request body.
 */
public final class ProfileChange {

  @DisplayName private final String displayName;

  @DesignerLinks private final String portfolioUrl;

  @Size(max = 20, message = "Follow at most 20 categories.")
  private final List<String> categories;

  @JsonbCreator
  public ProfileChange(
      @JsonbProperty("displayName") String displayName,
      @JsonbProperty("portfolioUrl") String portfolioUrl,
      @JsonbProperty("categories") List<String> categories) {
    this.displayName = displayName;
    this.portfolioUrl = portfolioUrl;
    this.categories = categories == null ? List.of() : List.copyOf(categories);
  }

  public String displayName() {
    return displayName;
  }

  public String portfolioUrl() {
    return portfolioUrl;
  }

  public List<String> categories() {
    return categories;
  }
}
