package org.vigil.intake.fhir.mapping;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.vigil.record.FieldLimits;

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

  /**
   * The value, or a 422 when Vigil's record cannot hold it as sent (longer than its column, or a
   * control character): never truncated quietly. The limits are the record's {@link FieldLimits}.
   */
  static String fit(String value, int max, String expression) {
    String problem = FieldLimits.problem(value, max);
    if (problem != null) {
      throw refused(expression, problem);
    }
    return value;
  }

  /** 422 naming the element whose value the record cannot store as sent. */
  public static UnprocessableEntityException refused(String expression, String problem) {
    return unprocessable(problem.startsWith("is longer") ? IssueType.TOOLONG : IssueType.INVALID,
        expression, expression + " " + problem);
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
