package org.designcontest.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Answers without touching the database: for load balancers and clients checking that the API
 * answers, and the baseline the benchmarks compare the real endpoints with.
 */
@Path("ping")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class PingResource {

  private static final Map<String, String> OK = Map.of("status", "ok");

  @GET
  @Operation(summary = "The API answers (no database involved)")
  public Map<String, String> ping() {
    return OK;
  }
}
