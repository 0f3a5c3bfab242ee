package org.vigil.intake.fhir;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.time.Instant;
import java.util.function.Function;
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

  /** The recorded resource as Vigil now holds it. */
  R stored(IdType id);

  /** A write over HTTP: taken as received, recorded, answered with the stored resource. */
  default MethodOutcome answer(RequestDetails request, Instant receivedAt,
      Function<FhirWrite, FhirTransaction.Committed> recording) {
    FhirWrite write = FhirWrite.received(request, receivedAt);
    return Guard.call(write.messageType(), () -> {
      FhirTransaction.Committed committed = recording.apply(write);
      return committed.answer(request, () -> stored(committed.resource()));
    });
  }
}
