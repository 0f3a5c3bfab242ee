package org.vigil.intake.fhir.mapping;

import static org.vigil.intake.fhir.mapping.FhirProblems.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DiagnosticReport.DiagnosticReportStatus;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.stereotype.Component;
import org.vigil.directory.SeenClinician;
import org.vigil.directory.Sighting;
import org.vigil.record.FieldLimits;
import org.vigil.record.OrderDetails;
import org.vigil.record.PatientClass;
import org.vigil.record.PatientDetails;
import org.vigil.record.ReportDetails;
import org.vigil.record.ReportSection;
import org.vigil.record.ReportStatus;

/** Reads an inbound DiagnosticReport as a report version for the record. */
@Component
public class DiagnosticReportIntake {

  static final String CONCLUSION = "CONCLUSION";
  static final String REPORT = "REPORT";

  private final FhirIdentifiers identifiers;
  private final SubjectResolver subjects;
  private final BasedOn basedOn;
  private final FhirIntakeProperties properties;

  DiagnosticReportIntake(FhirIdentifiers identifiers, SubjectResolver subjects, BasedOn basedOn,
      FhirIntakeProperties properties) {
    this.identifiers = identifiers;
    this.subjects = subjects;
    this.basedOn = basedOn;
    this.properties = properties;
  }

  /** A DiagnosticReport as Vigil will record it: the patient and the report version. */
  public record Result(PatientDetails patient, ReportDetails details, Sighting sighting) {}

  public Result read(DiagnosticReport report) {
    String accession = fit(accession(report), 64, "DiagnosticReport.identifier");
    ReportStatus status = status(report.getStatus());
    PatientDetails patient = subjects.resolve(report.getSubject(), report, "DiagnosticReport.subject");
    List<ReportSection> sections = sections(report);
    String text = sections.stream().map(ReportSection::text).reduce((body, conclusion) ->
        body.contains(conclusion) ? body : body + "\n\n" + CONCLUSION + "\n" + conclusion).get();
    CodeableConcept code = report.hasCode() ? report.getCode() : null;
    List<CodeableConcept> hints = new ArrayList<>(report.getCategory());
    Optional<ServiceRequest> request = orderOf(report);
    OrderDetails order = new OrderDetails(accession, null, null,
        fit(code == null ? null : code.getCodingFirstRep().getCode(), 64, "DiagnosticReport.code"),
        fit(code == null ? null : ServiceRequestIntake.name(code), 250, "DiagnosticReport.code"),
        OrderCodes.modality(hints, code).orElse(null), null, null, setting(report, request),
        fit(request.map(r -> FhirPeople.asWritten(r.getRequester(), report)).orElse(null), 200,
            "DiagnosticReport.basedOn.requester"),
        null, null,
        fit(request.map(ServiceRequestIntake::site).orElse(null), 100,
            "DiagnosticReport.basedOn.locationReference"),
        null, null, null, report.hasEffectiveDateTimeType()
            ? ServiceRequestIntake.instant(report.getEffectiveDateTimeType().getValue()) : null);
    return new Result(patient, new ReportDetails(order, status, text, sections,
        fit(radiologist(report), 200, "DiagnosticReport.resultsInterpreter"), null,
        alertCodes(report), ServiceRequestIntake.instant(report.getIssued())),
        sighting(report, request));
  }

  /**
   * The order a report repeats, when it carries it: a contained ServiceRequest it is basedOn. Its
   * requester and location give a results-only examination its owner (docs/intake-fhir.md).
   */
  private static Optional<ServiceRequest> orderOf(DiagnosticReport report) {
    return report.getBasedOn().stream()
        .map(r -> References.contained(r, report, ServiceRequest.class))
        .flatMap(Optional::stream).findFirst();
  }

  /** The report's contained Encounter class, else the contained order's. */
  private static PatientClass setting(DiagnosticReport report, Optional<ServiceRequest> request) {
    PatientClass own = report.hasEncounter() ? FhirPeople.setting(report.getEncounter(), report)
        : null;
    if (own != null) {
      return own;
    }
    return request.filter(ServiceRequest::hasEncounter)
        .map(r -> FhirPeople.setting(r.getEncounter(), report)).orElse(null);
  }

  /** resultsInterpreter, performer and the contained order's requester, for the directory. */
  private static Sighting sighting(DiagnosticReport report, Optional<ServiceRequest> request) {
    List<SeenClinician> seen = new ArrayList<>();
    report.getResultsInterpreter().forEach(r -> seen.add(FhirPeople.seen(r, report)));
    report.getPerformer().forEach(r -> seen.add(FhirPeople.seen(r, report)));
    request.ifPresent(r -> seen.add(FhirPeople.seen(r.getRequester(), report)));
    return new Sighting(seen, List.of());
  }

  private String accession(DiagnosticReport report) {
    Optional<String> own = identifiers.accession(report.getIdentifier());
    Optional<String> ordered = basedOn.accession(report);
    if (own.isPresent() && ordered.isPresent() && !own.get().equals(ordered.get())) {
      throw FhirProblems.unprocessable(IssueType.CONFLICT, "DiagnosticReport.identifier",
          "the report's accession identifier differs from the accession number of its basedOn "
              + "ServiceRequest");
    }
    if (own.isEmpty() && ordered.isEmpty() && report.hasBasedOn()) {
      throw FhirProblems.unprocessable(IssueType.NOTFOUND, "DiagnosticReport.basedOn",
          "basedOn does not refer to a ServiceRequest Vigil knows, and the report has no "
              + "accession identifier (type ACSN) to link it by");
    }
    return own.or(() -> ordered).orElseThrow(() -> FhirProblems.missing(
        "DiagnosticReport.identifier", "DiagnosticReport needs an accession number: an identifier "
            + "with type ACSN, or basedOn a ServiceRequest Vigil knows"));
  }

  private static ReportStatus status(DiagnosticReportStatus status) {
    if (status != null) {
      switch (status) {
        case PRELIMINARY, PARTIAL: return ReportStatus.PRELIMINARY;
        case FINAL: return ReportStatus.FINAL;
        case AMENDED, CORRECTED: return ReportStatus.CORRECTED;
        case APPENDED: return ReportStatus.ADDENDUM;
        default: break;
      }
    }
    throw FhirProblems.unprocessable(IssueType.NOTSUPPORTED, "DiagnosticReport.status",
        "DiagnosticReport.status must be preliminary, partial, final, amended, corrected or "
            + "appended: Vigil records report versions, it cannot withdraw one");
  }

  /** The body (presentedForm) and the conclusion, as sections; at least one must be there. */
  private static List<ReportSection> sections(DiagnosticReport report) {
    List<ReportSection> sections = new ArrayList<>();
    ReportText.presented(report.getPresentedForm())
        .ifPresent(body -> sections.add(new ReportSection(REPORT, null,
            text(body.strip(), "DiagnosticReport.presentedForm"))));
    if (report.hasConclusion() && !report.getConclusion().isBlank()) {
      sections.add(new ReportSection(CONCLUSION, null,
          text(report.getConclusion().strip(), "DiagnosticReport.conclusion")));
    }
    if (sections.isEmpty()) {
      throw FhirProblems.missing("DiagnosticReport.presentedForm", "DiagnosticReport has no report "
          + "text: send presentedForm (text/plain or text/html, as data) or conclusion");
    }
    return sections;
  }

  /** Report text as sent, or 422: control characters other than TAB, CR and LF are refused. */
  private static String text(String value, String expression) {
    String problem = FieldLimits.textProblem(value);
    if (problem != null) {
      throw FhirProblems.refused(expression, problem);
    }
    return value;
  }

  private static String radiologist(DiagnosticReport report) {
    return report.getResultsInterpreter().stream().map(Reference::getDisplay)
        .filter(d -> d != null && !d.isBlank()).findFirst().orElse(null);
  }

  private List<String> alertCodes(DiagnosticReport report) {
    List<String> codes = report.getConclusionCode().stream()
        .flatMap(c -> c.getCoding().stream())
        .filter(c -> properties.alertCodeSystems().contains(c.getSystem()) && c.hasCode())
        .map(Coding::getCode).distinct().toList();
    if (codes.stream().anyMatch(c -> c.contains(","))) {
      throw FhirProblems.unprocessable(IssueType.INVALID, "DiagnosticReport.conclusionCode",
          "alert codes cannot contain a comma");
    }
    fit(String.join(",", codes), 200, "DiagnosticReport.conclusionCode");
    return codes;
  }
}
