package org.vigil.intake.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** HAPI's plain RESTful server as a servlet on {@code /fhir/*}, sharing one R4 context. */
@Configuration(proxyBeanMethods = false)
class FhirServerConfiguration {

  /**
   * The one FHIR R4 context (building it scans the whole model: expensive). Strict parsing: an
   * unknown element or a bad code is refused with 400, never dropped quietly.
   */
  @Bean
  FhirContext fhirContext() {
    FhirContext context = FhirContext.forR4();
    context.setParserErrorHandler(new StrictErrorHandler());
    return context;
  }

  @Bean
  ServletRegistrationBean<RestfulServer> fhirServlet(FhirContext context, PatientProvider patients,
      ServiceRequestProvider requests, DiagnosticReportProvider reports,
      FhirDeadLetters deadLetters, ObjectProvider<IResourceProvider> others) {
    RestfulServer server = new RestfulServer(context);
    List<IResourceProvider> providers = new java.util.ArrayList<>(List.of(patients, requests,
        reports));
    // Other modules' resources (alerts: Task, Communication), as plain HAPI providers, so intake
    // does not depend on them.
    others.orderedStream().filter(p -> !providers.contains(p)).forEach(providers::add);
    server.setResourceProviders(providers);
    server.registerInterceptor(deadLetters);
    server.registerInterceptor(new UnsupportedRequests(context, providers));
    server.setDefaultResponseEncoding(EncodingEnum.JSON);
    server.setImplementationDescription("Vigil imaging-results fail-safe");
    ServletRegistrationBean<RestfulServer> registration =
        new ServletRegistrationBean<>(server, "/fhir/*");
    registration.setName("fhir");
    registration.setLoadOnStartup(1);
    return registration;
  }
}
