package org.vigil.intake.fhir.mapping;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The errors this adapter answers with, each carrying an OperationOutcome that says what is wrong.
 * Messages name FHIR elements, never patient data.
 */
public final class FhirProblems {

  private FhirProblems() {}

  /** 422: the resource parsed but Vigil cannot record what it says. */
  public static UnprocessableEntityException unprocessable(IssueType type, String expression,
      String message) {
    return new UnprocessableEntityException(message, outcome(type, expression, message));
  }

  /** 422 for an element that must be there. */
  static UnprocessableEntityException missing(String expression, String message) {
    return unprocessable(IssueType.REQUIRED, expression, message);
  }

  /** 400: the request itself is malformed (e.g. a search without a usable parameter). */
  public static InvalidRequestException badRequest(String message) {
    return new InvalidRequestException(message, outcome(IssueType.INVALID, null, message));
  }

  /** The value, or a 422 when it is longer than Vigil's record holds (never truncated quietly). */
  static String fit(String value, int max, String expression) {
    if (value != null && value.length() > max) {
      throw unprocessable(IssueType.TOOLONG, expression,
          expression + " is longer than the " + max + " characters Vigil can record");
    }
    return value;
  }

  public static ResourceNotFoundException notFound(IdType id) {
    return new ResourceNotFoundException(id);
  }

  static OperationOutcome outcome(IssueType type, String expression, String message) {
    OperationOutcome outcome = new OperationOutcome();
    var issue = outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type)
        .setDiagnostics(message);
    if (expression != null) {
      issue.addExpression(expression);
    }
    return outcome;
  }
}
