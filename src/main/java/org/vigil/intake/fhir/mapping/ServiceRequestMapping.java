package org.vigil.intake.fhir.mapping;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.springframework.stereotype.Component;
import org.vigil.record.Exam;

/** Vigil's examination as a base R4 ServiceRequest. */
@Component
public class ServiceRequestMapping {

  private final FhirIdentifiers identifiers;

  ServiceRequestMapping(FhirIdentifiers identifiers) {
    this.identifiers = identifiers;
  }

  public ServiceRequest toFhir(Exam exam) {
    ServiceRequest request = new ServiceRequest();
    request.setId(exam.id().toString());
    request.setStatus(OrderCodes.requestStatus(exam.status()));
    request.setIntent(ServiceRequestIntent.ORDER);
    request.addIdentifier(identifiers.accessionIdentifier(exam.accessionNumber()));
    if (exam.placerNumber() != null) {
      request.addIdentifier(identifiers.placerIdentifier(exam.placerNumber()));
    }
    request.setCode(code(exam));
    if (exam.modality() != null) {
      request.addCategory(OrderCodes.modalityConcept(exam.modality()));
    }
    if (exam.bodyPart() != null) {
      request.addBodySite(new CodeableConcept().setText(exam.bodyPart()));
    }
    request.setSubject(new Reference("Patient/" + exam.patientId()));
    request.setPriority(OrderCodes.requestPriority(exam.priority()));
    if (exam.requestedAt() != null) {
      request.setAuthoredOnElement(FhirTime.dateTime(exam.requestedAt()));
    }
    if (exam.scheduledAt() != null) {
      request.setOccurrence(FhirTime.dateTime(exam.scheduledAt()));
    }
    if (exam.requester() != null) {
      request.setRequester(new Reference().setDisplay(exam.requester()));
    }
    if (exam.site() != null) {
      request.addLocationReference(new Reference().setDisplay(exam.site()));
    }
    return request;
  }

  private CodeableConcept code(Exam exam) {
    CodeableConcept code = new CodeableConcept();
    if (exam.procedureCode() != null) {
      code.addCoding().setSystem(identifiers.procedureCodeSystem()).setCode(exam.procedureCode())
          .setDisplay(exam.procedureName());
    }
    String text = exam.procedureName() != null ? exam.procedureName() : exam.procedureCode();
    return code.setText(text == null ? "Imaging examination" : text);
  }
}
