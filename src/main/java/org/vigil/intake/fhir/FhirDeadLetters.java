package org.vigil.intake.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.vigil.intake.DeadLetters;

/**
 * Keeps every FHIR write Vigil refuses, 4xx or 5xx, as a dead letter with its raw body and the
 * reason answered, before the answer goes out: from unparsable JSON (HAPI refuses it before any
 * provider runs) to a failed commit. Reads and searches that fail are not kept, nor is a write
 * whose change had committed before something failed. If the dead letter cannot be stored, the
 * sender is told to send again (503) rather than that its resource is wrong.
 */
@Component
@Interceptor
class FhirDeadLetters {

  private static final Logger log = LoggerFactory.getLogger(FhirDeadLetters.class);
  static final int SEND_AGAIN = 503;

  private final DeadLetters deadLetters;
  private final Clock clock;

  FhirDeadLetters(DeadLetters deadLetters, Clock clock) {
    this.deadLetters = deadLetters;
    this.clock = clock;
  }

  /** Returns null to let HAPI answer as it would, or the 503 that replaces the answer. */
  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  public BaseServerResponseException keep(RequestDetails request, Throwable problem) {
    if (!FhirWrite.isWrite(request) || FhirTransaction.isCommitted(request)) {
      return null;
    }
    int status = problem instanceof BaseServerResponseException answered
        ? answered.getStatusCode() : 500;
    String reason = problem instanceof BaseServerResponseException answered
        ? answered.getMessage() : "internal error (" + problem.getClass().getSimpleName() + ")";
    try {
      FhirWrite write = FhirWrite.received(request, clock.instant());
      deadLetters.store(write.refused(status, reason));
      log.warn("fhir {} request-id={} answered {} (kept as dead letter)", write.messageType(),
          write.controlId(), status);
      return null;
    } catch (RuntimeException e) {
      log.error("could not keep a refused FHIR write as a dead letter; answering {} so the sender"
          + " sends it again", SEND_AGAIN, e);
      return new UnclassifiedServerFailureException(SEND_AGAIN, "Vigil could not keep the "
          + "refused resource for review; send it again later");
    }
  }
}
