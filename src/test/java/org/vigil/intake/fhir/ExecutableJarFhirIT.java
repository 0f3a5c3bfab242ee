package org.vigil.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.support.VigilProcess;

/**
 * FHIR through the packaged jar, whose classpath is leaner than the tests' (no validator, Jena,
 * Saxon or ICU there): JSON and XML in and out, the capability statement, and RDF Turtle refused.
 * The other FHIR tests cannot see a class missing from the jar, since the validator brings those
 * libraries back onto their classpath. Started in an empty working directory (fresh H2).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExecutableJarFhirIT {

  private static final String USER = "jar-admin";
  private static final String PASSWORD = "jar-admin-password";

  private final FhirContext fhir = FhirContext.forR4();
  private final FhirSamples samples = new FhirSamples(fhir);
  private final HttpClient http = HttpClient.newHttpClient();
  private VigilProcess vigil;
  private String base;

  @BeforeAll
  void startTheJar(@TempDir Path dir) throws Exception {
    int port = VigilProcess.freePort();
    base = "http://localhost:" + port + "/fhir";
    vigil = VigilProcess.start(dir, "vigil", List.of(), List.of("--server.port=" + port,
        "--vigil.security.bootstrap-admin.username=" + USER,
        "--vigil.security.bootstrap-admin.password=" + PASSWORD));
    vigil.awaitReadiness(port);
  }

  @AfterAll
  void stop() throws InterruptedException {
    if (vigil != null) {
      vigil.close();
    }
  }

  @Test
  void theCapabilityStatementIsServedInJsonAndXml() throws Exception {
    HttpResponse<String> json = exchange("GET", "/metadata", null, "application/fhir+json",
        null, false);
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(fhir.newJsonParser().parseResource(CapabilityStatement.class, json.body())
        .getFhirVersion().toCode()).startsWith("4.0");
    HttpResponse<String> xml = exchange("GET", "/metadata", null, "application/fhir+xml", null,
        false);
    assertThat(xml.statusCode()).isEqualTo(200);
    fhir.newXmlParser().parseResource(CapabilityStatement.class, xml.body());
  }

  @Test
  void ordersAreTakenInAsJsonAndXmlAndFoundAgainInXml() throws Exception {
    String byJson = FhirSamples.unique("JAR");
    String jsonOrder = fhir.newJsonParser().encodeResourceToString(samples.chestCtRequest(byJson,
        FhirSamples.patient(FhirSamples.nhsNumber(), FhirSamples.unique("MRN"))));
    assertThat(exchange("POST", "/ServiceRequest", jsonOrder, "application/fhir+json",
        "application/fhir+json", true).statusCode()).isEqualTo(201);

    String byXml = FhirSamples.unique("JAR");
    String xmlOrder = fhir.newXmlParser().encodeResourceToString(samples.chestCtRequest(byXml,
        FhirSamples.patient(FhirSamples.nhsNumber(), FhirSamples.unique("MRN"))));
    HttpResponse<String> created = exchange("POST", "/ServiceRequest", xmlOrder,
        "application/fhir+xml", "application/fhir+xml", true);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    fhir.newXmlParser().parseResource(ServiceRequest.class, created.body());

    HttpResponse<String> found = exchange("GET", "/ServiceRequest?identifier=" + byJson, null,
        "application/fhir+xml", null, true);
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(fhir.newXmlParser().parseResource(Bundle.class, found.body()).getEntry())
        .hasSize(1);
  }

  @Test
  void turtleIsRefusedNotA500() throws Exception {
    assertThat(exchange("GET", "/metadata", null, "text/turtle", null, false).statusCode())
        .isEqualTo(406);
    assertThat(exchange("POST", "/Observation", "{\"resourceType\": \"Observation\"}",
        "application/fhir+json", "application/fhir+json", true).statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> exchange(String method, String path, String body, String accept,
      String contentType, boolean signedIn) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body))
        .header("Accept", accept);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (signedIn) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

}
