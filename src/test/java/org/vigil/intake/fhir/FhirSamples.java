package org.vigil.intake.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.vigil.intake.fhir.mapping.FhirIdentifiers;

/** The specification examples in src/test/resources/fhir, adapted as SOURCE.md describes. */
final class FhirSamples {

  static final String MRN_SYSTEM = "https://trust.example.nhs.uk/Id/mrn";

  private final FhirContext context;

  FhirSamples(FhirContext context) {
    this.context = context;
  }

  /** The chest CT request, for a contained patient, under a new accession number. */
  ServiceRequest chestCtRequest(String accession, Patient patient) {
    ServiceRequest request = load("servicerequest-example-di.json", ServiceRequest.class);
    request.setId((String) null);
    request.addIdentifier(accessionIdentifier(accession));
    patient.setId("patient");
    request.addContained(patient);
    request.setSubject(new Reference("#patient"));
    return request;
  }

  /** The CT head report (large tumour), with the subject and order references given. */
  DiagnosticReport ctHeadReport(Reference subject, Reference basedOn) {
    DiagnosticReport report = load("diagnosticreport-example-f201-brainct.json",
        DiagnosticReport.class);
    report.setId((String) null);
    report.setSubject(subject);
    if (basedOn != null) {
      report.addBasedOn(basedOn);
    }
    return report;
  }

  /** The unremarkable abdominal ultrasound report, linked by its own accession identifier. */
  DiagnosticReport ultrasoundReport(String accession, Reference subject) {
    DiagnosticReport report = load("diagnosticreport-example-ultrasound.json",
        DiagnosticReport.class);
    report.setId((String) null);
    report.addIdentifier(accessionIdentifier(accession));
    report.setSubject(subject);
    return report;
  }

  static Patient patient(String nhsNumber, String mrn) {
    Patient patient = new Patient();
    patient.addIdentifier().setSystem(FhirIdentifiers.NHS_SYSTEM).setValue(nhsNumber);
    patient.addIdentifier().setSystem(MRN_SYSTEM).setValue(mrn);
    patient.addName().setFamily("Careful").addGiven("Ann").addGiven("Marie");
    patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1961-04-23"));
    patient.setGender(AdministrativeGender.FEMALE);
    return patient;
  }

  static Reference byNhsNumber(String nhsNumber) {
    return new Reference("Patient?identifier=" + FhirIdentifiers.NHS_SYSTEM + "|" + nhsNumber);
  }

  static Identifier accessionIdentifier(String accession) {
    return new Identifier().setType(FhirIdentifiers.type("ACSN", "Accession ID"))
        .setSystem("https://trust.example.nhs.uk/Id/accession").setValue(accession);
  }

  /** A random NHS number with a valid Modulus 11 check digit (999 prefix: test range). */
  static String nhsNumber() {
    while (true) {
      StringBuilder digits = new StringBuilder("999");
      for (int i = 0; i < 6; i++) {
        digits.append(ThreadLocalRandom.current().nextInt(10));
      }
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (digits.charAt(i) - '0') * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 11) {
        check = 0;
      }
      if (check != 10) {
        return digits.append(check).toString();
      }
    }
  }

  static String unique(String prefix) {
    return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
  }

  String json(String name) {
    try (InputStream in = FhirSamples.class.getResourceAsStream("/fhir/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T extends Resource> T load(String name, Class<T> type) {
    return context.newJsonParser().parseResource(type, json(name));
  }
}
