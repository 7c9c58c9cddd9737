package org.designcontest.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "designcontest API",
            version = "0.1",
            description =
                "Design contests for external systems. Errors are application/problem+json (RFC"
                    + " 9457); invalid fields are listed under `errors`."))
public class ApiApplication extends Application {}
