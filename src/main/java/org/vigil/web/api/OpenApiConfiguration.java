package org.vigil.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs (sign-in required, like everything else). */
@Configuration
class OpenApiConfiguration {

  private static final String BASIC = "basicAuth";

  @Bean
  OpenAPI vigilOpenApi() {
    return new OpenAPI()
        .info(new Info()
            .title("Vigil API")
            .version("v1")
            .description("Read access to Vigil's imaging record: examinations, patients and "
                + "report versions. Authenticate with HTTP Basic as a Vigil user; any Vigil role "
                + "may read. Times are ISO 8601 instants in UTC. Errors are RFC 9457 problem "
                + "details. Report text is untrusted input exactly as received."))
        .components(new Components().addSecuritySchemes(BASIC,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }
}
