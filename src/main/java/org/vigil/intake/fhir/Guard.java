package org.vigil.intake.fhir;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import java.util.UUID;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.vigil.intake.fhir.mapping.FhirProblems;
import org.vigil.record.FieldRejection;
import org.vigil.record.RecordRejection;

/**
 * Runs a FHIR operation so that only HAPI's own errors leave it: a refused change becomes 422, a
 * clash with a concurrent change 409, anything else 500 with an incident number. Exception
 * messages below this point may hold patient data (SQL constraint details), so they are neither
 * logged nor returned; the log gets the incident number, the exception type and where it arose.
 */
final class Guard {

  private static final Logger log = LoggerFactory.getLogger(Guard.class);

  private Guard() {}

  static <T> T call(String operation, Supplier<T> work) {
    try {
      return work.get();
    } catch (BaseServerResponseException e) {
      throw e;
    } catch (FieldRejection e) {
      throw FhirProblems.refused(e.field(), e.getMessage().substring(e.field().length() + 1));
    } catch (RecordRejection e) {
      throw FhirProblems.unprocessable(IssueType.BUSINESSRULE, null, e.getMessage());
    } catch (IllegalArgumentException e) {
      // Vigil's own value types refuse blank or malformed values with a data-free message.
      throw FhirProblems.unprocessable(IssueType.INVALID, null, e.getMessage());
    } catch (DataIntegrityViolationException e) {
      log.warn("FHIR {} clashed with a concurrent change ({})", operation, where(e));
      throw new ResourceVersionConflictException(
          "the change clashed with another change made at the same time: send it again");
    } catch (RuntimeException e) {
      UUID incident = UUID.randomUUID();
      log.error("FHIR {} failed: incident {}, {}", operation, incident, where(e));
      throw new InternalErrorException("Vigil could not process the request (incident "
          + incident + ")");
    }
  }

  private static String where(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return e.getClass().getName() + (trace.length == 0 ? "" : " at " + trace[0]);
  }
}
