package org.designcontest.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.logging.Logger;
import org.designcontest.account.control.Passwords;
import org.designcontest.account.entity.Account;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads {@code demo/demo-data.sql} (a company, two designers, a moderator and contests in several
 * stages) when demo data is switched on and the database has no accounts yet, then the entries of
 * those contests ({@link DemoEntries}), in the same transaction.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  private static final String SCRIPT = "/demo/demo-data.sql";

  /** Every demo account signs in with this password (the README says so). */
  public static final String DEMO_PASSWORD = "designcontest-demo";

  @Inject
  @ConfigProperty(name = "designcontest.demo-data", defaultValue = "false")
  boolean enabled;

  @PersistenceContext EntityManager em;

  @Inject Passwords passwords;

  @Inject DemoEntries entries;

  @Inject Clock clock;

  @PostConstruct
  void loadIntoEmptyDatabase() {
    if (!enabled) {
      return;
    }
    long accounts = em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
    if (accounts > 0) {
      LOG.info(() -> "demo data: skipped, the database already has " + accounts + " accounts");
      return;
    }
    String[] statements = script().split(";\\s*\\n");
    Arrays.stream(statements)
        .map(String::strip)
        .filter(statement -> !statement.isEmpty())
        .forEach(statement -> em.createNativeQuery(statement).executeUpdate());
    em.createNativeQuery(
            "update account set password_hash = ?, email_verified_at = now() where password_hash is"
                + " null")
        .setParameter(1, passwords.hash(DEMO_PASSWORD))
        .executeUpdate();
    LOG.info(() -> "demo data: loaded " + statements.length + " statements from " + SCRIPT);
    entries.load(clock.instant());
  }

  private static String script() {
    try (InputStream in = DemoData.class.getResourceAsStream(SCRIPT)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.startsWith("--"))
          .reduce("", (text, line) -> text + line + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
