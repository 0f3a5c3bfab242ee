package org.vigil.intake.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * What Vigil's FHIR endpoint does not do is answered as such, with an OperationOutcome: an
 * interaction it does not offer on a resource type it serves (DELETE, PATCH...) is 405 rather
 * than HAPI's 400; and RDF Turtle, whose library (Apache Jena) is not shipped, is 406 (asked
 * for) or 415 (sent) in JSON, rather than a 500 from a missing class. Unknown resource types are
 * HAPI's own 404.
 */
@Interceptor
final class UnsupportedRequests {

  private static final int NOT_ACCEPTABLE = 406;
  private static final int UNSUPPORTED_MEDIA_TYPE = 415;

  private final FhirContext context;
  private final Set<String> servedTypes;

  UnsupportedRequests(FhirContext context, Collection<? extends IResourceProvider> providers) {
    this.context = context;
    this.servedTypes = providers.stream().map(p -> context.getResourceType(p.getResourceType()))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Before HAPI chooses a parser or an encoding; false means this answered the request. */
  @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
  public boolean refuseTurtle(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (isTurtle(request.getContentType())) {
      answer(response, UNSUPPORTED_MEDIA_TYPE, "Vigil accepts FHIR JSON or XML, not RDF Turtle.");
      return false;
    }
    String accept = request.getHeader(Constants.HEADER_ACCEPT);
    if (isTurtle(request.getParameter(Constants.PARAM_FORMAT))
        || (accept != null && accept.toLowerCase(Locale.ROOT).contains("turtle"))) {
      answer(response, NOT_ACCEPTABLE, "Vigil answers in FHIR JSON or XML, not RDF Turtle.");
      return false;
    }
    return true;
  }

  /**
   * HAPI found no method for the request (no operation type) and said 400; when the resource
   * type is one Vigil serves, the interaction is what is unsupported: 405. Runs after
   * {@link FhirDeadLetters} has kept a refused write.
   */
  @Hook(value = Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION, order = 100)
  public BaseServerResponseException methodNotAllowed(RequestDetails request,
      Throwable problem) {
    if (problem instanceof InvalidRequestException && request.getRestOperationType() == null
        && servedTypes.contains(request.getResourceName())) {
      String message = "Vigil does not support " + request.getRequestType() + " on "
          + request.getResourceName() + ": see /fhir/metadata for what it does.";
      return new MethodNotAllowedException(message, outcome(IssueType.NOTSUPPORTED, message));
    }
    return null;
  }

  private static boolean isTurtle(String mediaType) {
    return mediaType != null && !mediaType.isBlank()
        && EncodingEnum.forContentType(mediaType.split(";")[0].strip()) == EncodingEnum.RDF;
  }

  private void answer(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType(Constants.CT_FHIR_JSON_NEW);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(context.newJsonParser()
        .encodeResourceToString(outcome(IssueType.NOTSUPPORTED, message)));
  }

  private static OperationOutcome outcome(IssueType type, String message) {
    OperationOutcome outcome = new OperationOutcome();
    outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(message);
    return outcome;
  }
}
