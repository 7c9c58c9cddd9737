package org.designcontest.it.support;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR this module built, as Payara Micro runs it in production. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive app() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("app.war")));
  }

  /** For tests that run inside the server: the assertion libraries they use go along. */
  public static WebArchive withTestLibraries(WebArchive archive) {
    return archive
        .addPackage(Deployments.class.getPackage())
        .addAsLibraries(jarOf(Assertions.class), jarOf(Awaitility.class), jarOf(Matcher.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
