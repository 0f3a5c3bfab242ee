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
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.stereotype.Component;
import org.vigil.intake.fhir.FhirTransaction.Change;
import org.vigil.intake.fhir.FhirTransaction.Committed;
import org.vigil.intake.fhir.mapping.FhirIdentifiers;
import org.vigil.intake.fhir.mapping.FhirProblems;
import org.vigil.intake.fhir.mapping.References;
import org.vigil.intake.fhir.mapping.ServiceRequestIntake;
import org.vigil.intake.fhir.mapping.ServiceRequestMapping;
import org.vigil.directory.ClinicianDirectory;
import org.vigil.record.Exam;
import org.vigil.record.ExamId;
import org.vigil.record.Exams;
import org.vigil.record.ImagingRecord;
import org.vigil.record.PatientId;
import org.vigil.record.Provenance;

/**
 * ServiceRequest: create and update record an imaging order (by accession number); read and
 * search return Vigil's examinations. A write is archived with the record change and answered only
 * after both committed.
 */
@Component
class ServiceRequestProvider implements IResourceProvider, FhirWriter<ServiceRequest> {

  private final ClinicianDirectory directory;
  private final ImagingRecord record;
  private final Exams exams;
  private final ServiceRequestIntake intake;
  private final ServiceRequestMapping mapping;
  private final FhirIdentifiers identifiers;
  private final PatientLookup patients;
  private final FhirTransaction transaction;
  private final Clock clock;

  ServiceRequestProvider(ImagingRecord record, Exams exams, ServiceRequestIntake intake,
      ServiceRequestMapping mapping, FhirIdentifiers identifiers, PatientLookup patients,
      FhirTransaction transaction, ClinicianDirectory directory, Clock clock) {
    this.directory = directory;
    this.record = record;
    this.exams = exams;
    this.intake = intake;
    this.mapping = mapping;
    this.identifiers = identifiers;
    this.patients = patients;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public Class<ServiceRequest> getResourceType() {
    return ServiceRequest.class;
  }

  @Create
  public MethodOutcome create(@ResourceParam ServiceRequest request, RequestDetails details) {
    return answer(details, clock.instant(), write -> create(request, write));
  }

  @Update
  public MethodOutcome update(@IdParam IdType id, @ResourceParam ServiceRequest request,
      RequestDetails details) {
    return answer(details, clock.instant(), write -> update(id, request, write));
  }

  /** Records the order (by accession number: the same one sent again updates it). */
  @Override
  public Committed create(ServiceRequest request, FhirWrite write) {
    return Guard.call("ServiceRequest create", () -> {
      ServiceRequestIntake.Order order = intake.read(request);
      return transaction.commit(write, provenance -> recordOrder(order, provenance));
    });
  }

  @Override
  public Committed update(IdType id, ServiceRequest request, FhirWrite write) {
    return Guard.call("ServiceRequest update", () -> {
      Exam existing = find(id);
      if (identifiers.accession(request.getIdentifier()).isEmpty()) {
        request.addIdentifier(identifiers.accessionIdentifier(existing.accessionNumber()));
      }
      ServiceRequestIntake.Order order = intake.read(request);
      if (!order.details().accessionNumber().equals(existing.accessionNumber())) {
        throw FhirProblems.unprocessable(IssueType.CONFLICT, "ServiceRequest.identifier",
            "an update cannot change the accession number of ServiceRequest/" + id.getIdPart());
      }
      return transaction.commit(write, provenance -> recordOrder(order, provenance));
    });
  }

  @Read
  public ServiceRequest read(@IdParam IdType id) {
    return Guard.call("ServiceRequest read", () -> mapping.toFhir(find(id)));
  }

  @Search
  public List<ServiceRequest> search(
      @OptionalParam(name = ServiceRequest.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = ServiceRequest.SP_IDENTIFIER) TokenParam identifier,
      @OptionalParam(name = ServiceRequest.SP_STATUS) TokenParam status) {
    return Guard.call("ServiceRequest search", () -> {
      if (patient == null && identifier == null) {
        throw FhirProblems.badRequest("search ServiceRequest by patient or identifier "
            + "(accession number); status only narrows those");
      }
      Optional<PatientId> subject = Optional.ofNullable(patient).map(patients::surviving);
      Stream<Exam> found = identifier != null ? byAccession(identifier).stream()
          : exams.ofPatient(subject.get()).stream();
      return found
          .filter(e -> subject.isEmpty() || e.patientId().equals(subject.get()))
          .map(mapping::toFhir)
          .filter(r -> status == null || r.getStatus().toCode().equals(status.getValue()))
          .toList();
    });
  }

  private Optional<Exam> byAccession(TokenParam identifier) {
    if (identifier.getSystem() != null && !identifiers.isAccessionSystem(identifier.getSystem())) {
      return Optional.empty();
    }
    return exams.findByAccession(identifier.getValue());
  }

  private Change recordOrder(ServiceRequestIntake.Order order, Provenance provenance) {
    boolean known = exams.findByAccession(order.details().accessionNumber()).isPresent();
    ExamId id = record.recordOrder(order.patient(), order.details(), provenance);
    directory.noteSeen(order.sighting());
    return new Change(new IdType("ServiceRequest", id.toString()), !known);
  }

  @Override
  public ServiceRequest stored(IdType id) {
    return mapping.toFhir(exams.find(ExamId.of(id.getIdPart())).orElseThrow());
  }

  private Exam find(IdType id) {
    return References.uuid(id.getIdPart())
        .flatMap(uuid -> exams.find(new ExamId(uuid)))
        .orElseThrow(() -> FhirProblems.notFound(id));
  }
}
