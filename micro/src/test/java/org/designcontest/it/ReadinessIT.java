package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.OpenMqBroker;
import org.designcontest.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Readiness follows PostgreSQL and the broker: DOWN while either is gone, UP once it is back. */
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  @Test
  void notReadyWhileTheBrokerIsDown() {
    Http http = new Http(deployment);
    awaitReadiness(http, 200, "broker");

    OpenMqBroker.stop();
    try {
      String down = awaitReadiness(http, 503, "broker");
      assertThat(down).contains("\"status\":\"DOWN\"");
    } finally {
      OpenMqBroker.start();
    }

    awaitReadiness(http, 200, "broker");
  }

  @Test
  void notReadyWhileTheDatabaseRefusesConnections() throws SQLException {
    Http http = new Http(deployment);
    awaitReadiness(http, 200, "database");

    String database = System.getProperty("it.db.url").replaceAll(".*/", "");
    try (Connection admin = TestDatabase.connectAsAdmin();
        Statement sql = admin.createStatement()) {
      sql.execute("alter database " + database + " allow_connections false");
      try {
        sql.execute(
            "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                + database
                + "'");
        String down = awaitReadiness(http, 503, "database");
        assertThat(down).contains("\"status\":\"DOWN\"");
      } finally {
        sql.execute("alter database " + database + " allow_connections true");
      }
    }

    awaitReadiness(http, 200, "database");
  }

  /** Waits until readiness answers the status and names the check; returns "status body". */
  private static String awaitReadiness(Http http, int status, String check) {
    return await()
        .atMost(PATIENCE)
        .until(
            () -> {
              HttpResponse<String> response = http.get(http.server("/health/ready"));
              return response.statusCode() + " " + response.body();
            },
            answer -> answer.startsWith(status + " ") && answer.contains(check));
  }
}
