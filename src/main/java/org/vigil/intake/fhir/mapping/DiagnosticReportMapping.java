package org.vigil.intake.fhir.mapping;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DiagnosticReport.DiagnosticReportStatus;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;
import org.vigil.record.Report;
import org.vigil.record.ReportSection;
import org.vigil.record.ReportStatus;
import org.vigil.record.Reports;

/** A version of a Vigil report as a base R4 DiagnosticReport. */
@Component
public class DiagnosticReportMapping {

  static final String LOINC = "http://loinc.org";
  static final String V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074";

  private final FhirIdentifiers identifiers;
  private final Reports reports;

  DiagnosticReportMapping(FhirIdentifiers identifiers, Reports reports) {
    this.identifiers = identifiers;
    this.reports = reports;
  }

  public DiagnosticReport toFhir(Report report) {
    DiagnosticReport fhir = new DiagnosticReport();
    fhir.setId(report.id().toString());
    fhir.addIdentifier(identifiers.accessionIdentifier(report.accessionNumber()));
    fhir.setStatus(status(report.status()));
    fhir.addCategory().addCoding().setSystem(V2_0074).setCode("RAD").setDisplay("Radiology");
    fhir.setCode(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(LOINC, "18748-4",
        "Diagnostic imaging study")).setText("Diagnostic imaging study"));
    fhir.setSubject(new Reference("Patient/" + report.patientId()));
    fhir.addBasedOn(basedOn(report));
    fhir.setIssuedElement(FhirTime.instant(
        report.reportedAt() != null ? report.reportedAt() : report.receivedAt()));
    if (report.radiologist() != null) {
      fhir.addResultsInterpreter(new Reference().setDisplay(report.radiologist()));
    }
    fhir.addPresentedForm().setContentType("text/plain; charset=utf-8")
        .setData(report.text().getBytes(StandardCharsets.UTF_8)).setTitle("Report text");
    conclusion(report).ifPresent(fhir::setConclusion);
    return fhir;
  }

  /** Vigil's exam when linked; until then, the accession number the order will bring. */
  private Reference basedOn(Report report) {
    if (report.examId() != null) {
      return new Reference("ServiceRequest/" + report.examId());
    }
    return new Reference().setType("ServiceRequest")
        .setIdentifier(identifiers.accessionIdentifier(report.accessionNumber()));
  }

  private Optional<String> conclusion(Report report) {
    return reports.sections(report.id()).stream()
        .filter(s -> s.heading() != null && s.heading().strip().toUpperCase().matches(
            "(CONCLUSIONS?|IMPRESSIONS?|OPINION|SUMMARY)[:]?"))
        .map(ReportSection::text)
        .filter(t -> t != null && !t.isBlank())
        .findFirst();
  }

  static DiagnosticReportStatus status(ReportStatus status) {
    return switch (status) {
      case PRELIMINARY -> DiagnosticReportStatus.PRELIMINARY;
      case FINAL -> DiagnosticReportStatus.FINAL;
      case CORRECTED -> DiagnosticReportStatus.CORRECTED;
      case ADDENDUM -> DiagnosticReportStatus.APPENDED;
    };
  }
}
