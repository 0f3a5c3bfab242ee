package org.vigil.intake.fhir.mapping;

import static org.vigil.intake.fhir.mapping.FhirProblems.fit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.stereotype.Component;
import org.vigil.directory.Sighting;
import org.vigil.record.OrderDetails;
import org.vigil.record.PatientDetails;

/** Reads an inbound ServiceRequest as an imaging order for the record. */
@Component
public class ServiceRequestIntake {

  private final FhirIdentifiers identifiers;
  private final SubjectResolver subjects;

  ServiceRequestIntake(FhirIdentifiers identifiers, SubjectResolver subjects) {
    this.identifiers = identifiers;
    this.subjects = subjects;
  }

  /** A ServiceRequest as Vigil will record it: the patient and the order. */
  public record Order(PatientDetails patient, OrderDetails details, Sighting sighting) {}

  public Order read(ServiceRequest request) {
    String accession = identifiers.accession(request.getIdentifier())
        .orElseThrow(() -> FhirProblems.missing("ServiceRequest.identifier",
            "ServiceRequest needs an accession number: an identifier with type ACSN ("
                + FhirIdentifiers.V2_0203 + ") or a configured accession system"));
    PatientDetails patient = subjects.resolve(request.getSubject(), request, "ServiceRequest.subject");
    // a requester without an identifier is no directory entry (seen() is then null)
    return new Order(patient, details(request, accession), new Sighting(java.util.Arrays.asList(
        FhirPeople.seen(request.getRequester(), request)), java.util.List.of()));
  }

  private OrderDetails details(ServiceRequest request, String accession) {
    CodeableConcept code = request.hasCode() ? request.getCode() : null;
    List<CodeableConcept> modalityHints = new ArrayList<>(request.getCategory());
    modalityHints.addAll(request.getOrderDetail());
    if (code != null) {
      modalityHints.add(code);
    }
    String where = "ServiceRequest.";
    return new OrderDetails(fit(accession, 64, where + "identifier"),
        fit(identifiers.placer(request.getIdentifier()).orElse(null), 64, where + "identifier"),
        fit(identifiers.filler(request.getIdentifier()).orElse(null), 64, where + "identifier"),
        fit(code == null ? null : code.getCodingFirstRep().getCode(), 64, where + "code"),
        fit(code == null ? null : name(code), 250, where + "code"),
        fit(OrderCodes.modality(modalityHints, code).orElse(null), 16, where + "orderDetail"),
        fit(request.getBodySite().stream().map(ServiceRequestIntake::name).filter(n -> n != null)
            .findFirst().orElse(null), 100, where + "bodySite"),
        OrderCodes.priority(request.getPriority()),
        request.hasEncounter() ? FhirPeople.setting(request.getEncounter(), request) : null,
        fit(FhirPeople.asWritten(request.getRequester(), request), 200, where + "requester"),
        null,
        null,
        fit(site(request), 100, where + "locationReference"),
        OrderCodes.examStatus(request.getStatus()),
        instant(request.getAuthoredOn()),
        scheduled(request),
        null);
  }

  private static Instant scheduled(ServiceRequest request) {
    if (request.hasOccurrenceDateTimeType()) {
      return instant(request.getOccurrenceDateTimeType().getValue());
    }
    if (request.hasOccurrencePeriod()) {
      return instant(request.getOccurrencePeriod().getStart());
    }
    return null;
  }

  static String site(ServiceRequest request) {
    return request.getLocationReference().stream().map(ServiceRequestIntake::display)
        .filter(d -> d != null).findFirst()
        .or(() -> request.getLocationCode().stream().map(ServiceRequestIntake::name)
            .filter(d -> d != null).findFirst())
        .or(() -> request.getPerformer().stream().map(ServiceRequestIntake::display)
            .filter(d -> d != null).findFirst())
        .orElse(null);
  }

  static String name(CodeableConcept concept) {
    if (concept.hasText()) {
      return concept.getText();
    }
    return concept.getCoding().stream().map(Coding::getDisplay).filter(d -> d != null)
        .findFirst().orElse(concept.getCodingFirstRep().getCode());
  }

  static String display(Reference reference) {
    return reference != null && reference.hasDisplay() ? reference.getDisplay() : null;
  }

  static Instant instant(java.util.Date date) {
    return date == null ? null : date.toInstant();
  }
}
