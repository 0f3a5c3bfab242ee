package org.vigil.intake.fhir;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;
import org.vigil.intake.fhir.FhirTransaction.Change;
import org.vigil.intake.fhir.FhirTransaction.Committed;
import org.vigil.intake.fhir.mapping.DiagnosticReportIntake;
import org.vigil.intake.fhir.mapping.DiagnosticReportMapping;
import org.vigil.intake.fhir.mapping.FhirIdentifiers;
import org.vigil.intake.fhir.mapping.FhirProblems;
import org.vigil.intake.fhir.mapping.References;
import org.vigil.directory.ClinicianDirectory;
import org.vigil.record.ExamId;
import org.vigil.record.ImagingRecord;
import org.vigil.record.PatientId;
import org.vigil.record.Provenance;
import org.vigil.record.Report;
import org.vigil.record.ReportId;
import org.vigil.record.Reports;

/**
 * DiagnosticReport: create records a report version (linked to its exam by accession number, or
 * kept until the order arrives); update records a further version of the same report. Every
 * version stays readable under its own id. A write is archived with the record change and answered
 * only after both committed.
 */
@Component
class DiagnosticReportProvider
    implements IResourceProvider, FhirWriter<DiagnosticReport> {

  private final ClinicianDirectory directory;
  private final ImagingRecord record;
  private final Reports reports;
  private final DiagnosticReportIntake intake;
  private final DiagnosticReportMapping mapping;
  private final FhirIdentifiers identifiers;
  private final PatientLookup patients;
  private final FhirTransaction transaction;
  private final Clock clock;

  DiagnosticReportProvider(ImagingRecord record, Reports reports, DiagnosticReportIntake intake,
      DiagnosticReportMapping mapping, FhirIdentifiers identifiers, PatientLookup patients,
      FhirTransaction transaction, ClinicianDirectory directory, Clock clock) {
    this.directory = directory;
    this.record = record;
    this.reports = reports;
    this.intake = intake;
    this.mapping = mapping;
    this.identifiers = identifiers;
    this.patients = patients;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public Class<DiagnosticReport> getResourceType() {
    return DiagnosticReport.class;
  }

  @Create
  public MethodOutcome create(@ResourceParam DiagnosticReport report, RequestDetails details) {
    return answer(details, clock.instant(), write -> create(report, write));
  }

  /** A new version of the report {@code id}; the answer carries the new version's id. */
  @Update
  public MethodOutcome update(@IdParam IdType id, @ResourceParam DiagnosticReport report,
      RequestDetails details) {
    return answer(details, clock.instant(), write -> update(id, report, write));
  }

  @Override
  public Committed create(DiagnosticReport report, FhirWrite write) {
    return Guard.call("DiagnosticReport create", () -> {
      DiagnosticReportIntake.Result result = intake.read(report);
      return transaction.commit(write, provenance -> recordReport(result, provenance));
    });
  }

  @Override
  public Committed update(IdType id, DiagnosticReport report, FhirWrite write) {
    return Guard.call("DiagnosticReport update", () -> {
      Report existing = find(id);
      if (identifiers.accession(report.getIdentifier()).isEmpty()) {
        report.addIdentifier(identifiers.accessionIdentifier(existing.accessionNumber()));
      }
      DiagnosticReportIntake.Result result = intake.read(report);
      if (!result.details().accessionNumber().equals(existing.accessionNumber())) {
        throw FhirProblems.unprocessable(IssueType.CONFLICT, "DiagnosticReport.identifier",
            "an update cannot change the accession number of DiagnosticReport/" + id.getIdPart());
      }
      return transaction.commit(write, provenance -> recordReport(result, provenance));
    });
  }

  @Read
  public DiagnosticReport read(@IdParam IdType id) {
    return Guard.call("DiagnosticReport read", () -> mapping.toFhir(find(id)));
  }

  @Search
  public List<DiagnosticReport> search(
      @OptionalParam(name = DiagnosticReport.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = DiagnosticReport.SP_BASED_ON) ReferenceParam basedOn,
      @OptionalParam(name = DiagnosticReport.SP_IDENTIFIER) TokenParam identifier,
      @OptionalParam(name = DiagnosticReport.SP_STATUS) TokenParam status) {
    return Guard.call("DiagnosticReport search", () -> {
      Optional<PatientId> subject = Optional.ofNullable(patient).map(patients::surviving);
      List<Report> found;
      if (identifier != null) {
        found = byAccession(identifier);
      } else if (basedOn != null) {
        found = References.uuid(basedOn.getIdPart())
            .map(uuid -> reports.ofExam(new ExamId(uuid))).orElse(List.of());
      } else if (subject.isPresent()) {
        found = reports.ofPatient(subject.get());
      } else {
        throw FhirProblems.badRequest("search DiagnosticReport by patient, based-on or identifier "
            + "(accession number); status only narrows those");
      }
      return found.stream()
          .filter(r -> subject.isEmpty() || r.patientId().equals(subject.get()))
          .filter(r -> basedOn == null || basedOn.getIdPart().equals(String.valueOf(r.examId())))
          .map(mapping::toFhir)
          .filter(r -> status == null || r.getStatus().toCode().equals(status.getValue()))
          .toList();
    });
  }

  private List<Report> byAccession(TokenParam identifier) {
    if (identifier.getSystem() != null && !identifiers.isAccessionSystem(identifier.getSystem())) {
      return List.of();
    }
    return reports.ofAccession(identifier.getValue());
  }

  private Change recordReport(DiagnosticReportIntake.Result result, Provenance provenance) {
    ReportId id = record.recordReport(result.patient(), result.details(), provenance);
    directory.noteSeen(result.sighting());
    return new Change(new IdType("DiagnosticReport", id.toString()), true);
  }

  @Override
  public DiagnosticReport stored(IdType id) {
    return mapping.toFhir(reports.find(ReportId.of(id.getIdPart())).orElseThrow());
  }

  private Report find(IdType id) {
    return References.uuid(id.getIdPart())
        .flatMap(uuid -> reports.find(new ReportId(uuid)))
        .orElseThrow(() -> FhirProblems.notFound(id));
  }
}
