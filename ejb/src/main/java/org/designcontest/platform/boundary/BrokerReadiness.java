package org.designcontest.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.designcontest.platform.control.BrokerProbe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the message broker answers the probe. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

  @Inject BrokerProbe probe;

  @Override
  public HealthCheckResponse call() {
    return probe
        .problem()
        .map(error -> HealthCheckResponse.named("broker").down().withData("error", error).build())
        .orElseGet(() -> HealthCheckResponse.up("broker"));
  }
}
