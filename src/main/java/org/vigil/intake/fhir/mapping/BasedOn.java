package org.vigil.intake.fhir.mapping;

import java.util.Optional;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.stereotype.Component;
import org.vigil.record.Exam;
import org.vigil.record.ExamId;
import org.vigil.record.Exams;

/**
 * The accession number of the order a report is basedOn: a contained ServiceRequest, Vigil's own
 * {@code ServiceRequest/<id>}, or an accession identifier (logical or conditional reference).
 */
@Component
class BasedOn {

  private final Exams exams;
  private final FhirIdentifiers identifiers;

  BasedOn(Exams exams, FhirIdentifiers identifiers) {
    this.exams = exams;
    this.identifiers = identifiers;
  }

  Optional<String> accession(DiagnosticReport report) {
    return report.getBasedOn().stream()
        .map(reference -> accession(reference, report))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private Optional<String> accession(Reference reference, DiagnosticReport report) {
    var contained = References.contained(reference, report, ServiceRequest.class);
    if (contained.isPresent()) {
      return identifiers.accession(contained.get().getIdentifier());
    }
    var identifier = References.identifier(reference, "ServiceRequest");
    if (identifier.isPresent()) {
      return identifiers.accession(java.util.List.of(identifier.get()));
    }
    return References.vigilId(reference, "ServiceRequest")
        .flatMap(id -> exams.find(new ExamId(id)))
        .map(Exam::accessionNumber);
  }
}
