package org.vigil.alerts.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.SummaryEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import ca.uhn.fhir.rest.gclient.DateClientParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskPriority;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.vigil.alerts.AcknowledgementMethod;
import org.vigil.alerts.ActionKind;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertDesk;
import org.vigil.alerts.AlertState;
import org.vigil.alerts.Alerts;
import org.vigil.alerts.Deliveries;
import org.vigil.alerts.Delivery;
import org.vigil.record.ExamStatus;
import org.vigil.record.ImagingRecord;
import org.vigil.record.OrderDetails;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;
import org.vigil.record.RecordFixtures;
import org.vigil.record.ReportDetails;
import org.vigil.record.ReportSection;
import org.vigil.record.ReportStatus;
import org.vigil.support.MovableClock;

/**
 * The closed loop over a real HTTP port with a real SMTP server (GreenMail) and a moved clock,
 * the safety net on: one Spring context per database shared by the FHIR, safety-net and digest
 * suites.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "vigil.security.demo-users=true",
    "vigil.alerts.sweep-interval=1h",
    "vigil.alerts.digest.check-interval=1h",
    "vigil.alerts.mail.enabled=true",
    "vigil.alerts.mail.from=vigil@test.nhs.uk",
    "vigil.alerts.mail.link-base=https://vigil.test",
    "spring.mail.host=localhost",
    "spring.mail.port=3025",
    "vigil.alerts.safety-net.enabled=true",
    "vigil.alerts.safety-net.trust=Test Hospitals NHS Trust",
    "vigil.alerts.safety-net.contact=the results line on 01234 567890",
    "vigil.alerts.directory.clinicians[0].name=Dr A Requester",
    "vigil.alerts.directory.clinicians[0].user=referrer",
    "vigil.alerts.directory.clinicians[0].email=a.requester@test.nhs.uk",
    "vigil.alerts.directory.clinicians[0].sites=RX1-MAIN",
    "vigil.alerts.directory.clinicians[1].name=Dr Z Idle",
    "vigil.alerts.directory.clinicians[1].user=idle",
    "vigil.alerts.directory.clinicians[1].email=z.idle@test.nhs.uk"})
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
public abstract class ClosedLoopHttpTest {

  @RegisterExtension
  protected static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String PASSWORD = "vigil-demo";

  @LocalServerPort protected int port;
  @Autowired protected FhirContext context;
  @Autowired protected ImagingRecord record;
  @Autowired protected Alerts alerts;
  @Autowired protected Deliveries deliveries;
  @Autowired protected AlertDesk desk;
  @Autowired protected MovableClock clock;
  @Autowired protected org.springframework.context.ApplicationContext app;

  protected IGenericClient referrer;
  protected IGenericClient failsafe;

  @BeforeEach
  void connect() {
    context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    context.getRestfulClientFactory().setSocketTimeout(120_000);
    referrer = client("referrer");
    failsafe = client("failsafe");
  }

  protected IGenericClient client(String user) {
    IGenericClient client = context.newRestfulGenericClient(base());
    client.registerInterceptor(new BasicAuthInterceptor(user, PASSWORD));
    return client;
  }

  protected String base() {
    return "http://localhost:" + port + "/fhir";
  }

  /** A flagged CRITICAL report requested by Dr A Requester at a site; returns its alert. */
  protected Alert criticalAt(String site) {
    String mrn = RecordFixtures.uniqueMrn();
    String accession = "ACC" + mrn;
    OrderDetails order = new OrderDetails(accession, "P" + accession, null, "XCHES", "XR Chest",
        "XR", "Chest", Priority.URGENT, PatientClass.INPATIENT, "Dr A Requester",
        "Dr B Consultant", "Respiratory", site, ExamStatus.SCHEDULED,
        Instant.parse("2026-11-01T09:00:00Z"), null, null);
    record.recordOrder(RecordFixtures.patient(mrn), order, RecordFixtures.hl7());
    String text = "Large tension pneumothorax. SECRET-REPORT-TEXT";
    record.recordReport(RecordFixtures.patient(mrn), new ReportDetails(order, ReportStatus.FINAL,
        text, List.of(new ReportSection("Findings", "FIND", text)), "Dr R Radiologist", "AA",
        List.of(), Instant.parse("2026-11-01T12:00:00Z")), RecordFixtures.hl7());
    await().atMost(Duration.ofSeconds(30)).until(() -> !alerts.ofAccession(accession).isEmpty());
    return alerts.ofAccession(accession).get(0);
  }

  protected void tick() {
    // the clockwork is package-private in org.vigil.alerts: run it as the scheduler would
    Object clockwork = app.getBean("alertClockwork");
    try {
      var tick = clockwork.getClass().getDeclaredMethod("tick");
      tick.setAccessible(true);
      tick.invoke(clockwork);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  protected Task taskOf(Alert alert, IGenericClient as) {
    return as.read().resource(Task.class).withId(alert.id().toString()).execute();
  }

  protected static Task completedWith(Task task, String actionCode, String reason) {
    task.setStatus(TaskStatus.COMPLETED);
    task.getOutput().clear();
    task.addOutput().setType(new CodeableConcept().setText("clinical action"))
        .setValue(new CodeableConcept(new Coding(TaskMapping.ACTION_SYSTEM, actionCode, null))
            .setText(reason));
    return task;
  }
}
