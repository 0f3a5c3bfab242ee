package org.vigil.intake.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.vigil.support.FailOnceAfterReportInsert;

/**
 * The FHIR endpoint over a real HTTP port, as a machine client sees it: HAPI's generic client
 * with HTTP Basic. Suites extending this share one Spring context per database.
 */
@Import(FailOnceAfterReportInsert.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "vigil.security.bootstrap-admin.username=" + FhirHttpTest.USER,
    "vigil.security.bootstrap-admin.password=" + FhirHttpTest.PASSWORD,
    "vigil.intake.fhir.accession-systems=https://trust.example.nhs.uk/Id/accession",
    "vigil.intake.fhir.identifier-authorities[0].system=" + FhirSamples.MRN_SYSTEM,
    "vigil.intake.fhir.identifier-authorities[0].authority=RX1"})
abstract class FhirHttpTest {

  static final String USER = "admin";
  static final String PASSWORD = "admin-test-password";

  @LocalServerPort int port;
  @Autowired FhirContext context;

  IGenericClient client;
  FhirSamples samples;

  @BeforeEach
  void connect() {
    context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    // Generous: the first CapabilityStatement is built on demand, slow on a busy machine.
    context.getRestfulClientFactory().setSocketTimeout(120_000);
    client = context.newRestfulGenericClient(base());
    client.registerInterceptor(new BasicAuthInterceptor(USER, PASSWORD));
    samples = new FhirSamples(context);
  }

  String base() {
    return "http://localhost:" + port + "/fhir";
  }

  /** Validates a returned resource, and each resource in a returned bundle, against base R4. */
  static void assertValid(IBaseResource resource) {
    SharedValidator.assertValid(resource);
    if (resource instanceof Bundle bundle) {
      bundle.getEntry().forEach(e -> SharedValidator.assertValid(e.getResource()));
    }
  }

  /** A raw request, for what the generic client will not send (bad JSON, no credentials). */
  HttpResponse<String> send(String method, String path, String body, boolean authenticated)
      throws IOException, InterruptedException {
    return exchange(method, base() + path, body, authenticated, Map.of());
  }

  /** A raw FHIR request with credentials, carrying the sender's {@code X-Request-ID}. */
  HttpResponse<String> send(String method, String path, String body, String requestId)
      throws IOException, InterruptedException {
    return exchange(method, base() + path, body, true, Map.of("X-Request-ID", requestId));
  }

  /** Any request to the server; {@code headers} add to (or replace) the FHIR JSON defaults. */
  HttpResponse<String> exchange(String method, String url, String body, boolean authenticated,
      Map<String, String> headers) throws IOException, InterruptedException {
    Map<String, String> all = new HashMap<>(Map.of("Content-Type", "application/fhir+json",
        "Accept", "application/fhir+json"));
    all.putAll(headers);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    all.forEach(request::header);
    if (authenticated) {
      String token = Base64.getEncoder()
          .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
