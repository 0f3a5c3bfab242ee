package org.vigil.intake.fhir;

import ca.uhn.fhir.rest.param.ReferenceParam;
import org.springframework.stereotype.Component;
import org.vigil.intake.fhir.mapping.FhirProblems;
import org.vigil.intake.fhir.mapping.References;
import org.vigil.record.Patient;
import org.vigil.record.PatientId;
import org.vigil.record.Patients;

/** The patient a {@code patient=} search parameter names, followed to the surviving record. */
@Component
class PatientLookup {

  private static final int MAX_MERGE_HOPS = 20;
  private final Patients patients;

  PatientLookup(Patients patients) {
    this.patients = patients;
  }

  /** The surviving patient's id; an unknown patient gives an id that matches nothing. */
  PatientId surviving(ReferenceParam reference) {
    String idPart = reference.getIdPart();
    if (reference.getResourceType() != null && !"Patient".equals(reference.getResourceType())) {
      throw FhirProblems.badRequest("the patient parameter must refer to a Patient");
    }
    PatientId id = new PatientId(References.uuid(idPart)
        .orElse(java.util.UUID.fromString("00000000-0000-0000-0000-000000000000")));
    for (int hop = 0; hop < MAX_MERGE_HOPS; hop++) {
      var patient = patients.find(id);
      if (patient.isEmpty() || !patient.get().isMerged()) {
        return id;
      }
      id = patient.map(Patient::mergedInto).get();
    }
    throw new IllegalStateException("patient merge chain too long or circular");
  }
}
