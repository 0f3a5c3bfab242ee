package org.vigil.intake.fhir;

import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/**
 * A resource type Vigil records: its create and update, one path for the HTTP interactions and
 * for dead-letter replay. Refusals are thrown as HAPI's exceptions (with an OperationOutcome).
 */
interface FhirWriter<R extends Resource> {

  Class<R> getResourceType();

  FhirTransaction.Committed create(R resource, FhirWrite write);

  FhirTransaction.Committed update(IdType id, R resource, FhirWrite write);
}
