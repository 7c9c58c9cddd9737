package org.designcontest.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Absolute links to the application's pages, for emails (from {@code PUBLIC_BASE_URL}). */
@ApplicationScoped
public class PublicLinks {

  @Inject
  @ConfigProperty(name = "PUBLIC_BASE_URL", defaultValue = "http://localhost:8080")
  String publicBaseUrl;

  /** The page at {@code path} (starting with a slash). */
  public String to(String path) {
    return (publicBaseUrl.endsWith("/")
            ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
            : publicBaseUrl)
        + path;
  }
}
