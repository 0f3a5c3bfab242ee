package org.vigil.intake.fhir;

import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.vigil.intake.InboundMessage;
import org.vigil.intake.NewDeadLetter;

/**
 * A FHIR write (create or update) as received, for the archive and the dead-letter store: the
 * body's bytes exactly as they came and their charset, the authenticated sender, and the request
 * id ({@code X-Request-ID} if the sender gave one, else HAPI's own; HAPI echoes it in the answer).
 * The message type names the interaction, e.g. {@code "ServiceRequest create"}, so a dead letter
 * can be replayed the way it came. {@code deadLetterId} is set for a replayed dead letter.
 */
record FhirWrite(String messageType, byte[] raw, String charset, String sender, String controlId,
    Instant receivedAt, UUID deadLetterId) {

  static final String CHANNEL = "FHIR";
  static final int MAX_CONTROL_ID = 200;

  private static final Set<RequestTypeEnum> WRITE_METHODS =
      Set.of(RequestTypeEnum.POST, RequestTypeEnum.PUT, RequestTypeEnum.PATCH);
  private static final Set<RestOperationTypeEnum> READS = Set.of(RestOperationTypeEnum.SEARCH_TYPE,
      RestOperationTypeEnum.SEARCH_SYSTEM, RestOperationTypeEnum.GET_PAGE);

  /** The write HAPI is handling now; its body was read (and cached) by HAPI or is read here. */
  static FhirWrite received(RequestDetails request, Instant at) {
    return new FhirWrite(messageType(request), request.loadRequestContents(),
        charset(request).name(), sender(request), request.getRequestId(), at, null);
  }

  /**
   * Whether the request writes (POST, PUT or PATCH) rather than reads: only writes are archived or
   * kept as dead letters; a search sent as POST ({@code _search}) is a read.
   */
  static boolean isWrite(RequestDetails request) {
    // No operation type when HAPI found no method for the request (an unknown resource type or
    // interaction): Set.of(...).contains(null) throws, which turned such a refusal into a 500.
    RestOperationTypeEnum operation = request.getRestOperationType();
    return request.getRequestType() != null && WRITE_METHODS.contains(request.getRequestType())
        && (operation == null || !READS.contains(operation))
        && !"_search".equals(request.getOperation());
  }

  /** The resource type and the interaction, e.g. {@code "DiagnosticReport update"}. */
  static String messageType(String resourceType, String interaction) {
    return resourceType + " " + interaction;
  }

  String resourceType() {
    return messageType.substring(0, Math.max(0, messageType.indexOf(' ')));
  }

  String interaction() {
    return messageType.substring(messageType.indexOf(' ') + 1);
  }

  String text() {
    return new String(raw, Charset.forName(charset));
  }

  InboundMessage inbound() {
    return new InboundMessage(CHANNEL, raw, charset, sender, null, controlId, messageType,
        receivedAt, deadLetterId);
  }

  /** The dead letter for this write, answered with HTTP {@code status} for {@code reason}. */
  NewDeadLetter refused(int status, String reason) {
    return new NewDeadLetter(CHANNEL, receivedAt, sender, null, controlId, messageType, charset,
        String.valueOf(status), reason, raw, raw.length);
  }

  private static String messageType(RequestDetails request) {
    RestOperationTypeEnum operation = request.getRestOperationType();
    String resource = request.getResourceName() == null ? "-" : request.getResourceName();
    return messageType(resource, operation == null
        ? String.valueOf(request.getRequestType()) : operation.getCode());
  }

  private static Charset charset(RequestDetails request) {
    try {
      Charset declared = request.getCharset();
      return declared == null ? StandardCharsets.UTF_8 : declared;
    } catch (RuntimeException unknownCharset) {
      // HAPI will refuse such a body; it is kept as sent, read as UTF-8 (FHIR's only charset).
      return StandardCharsets.UTF_8;
    }
  }

  private static String sender(RequestDetails request) {
    return request instanceof ServletRequestDetails servlet && servlet.getServletRequest() != null
        ? servlet.getServletRequest().getRemoteUser() : null;
  }
}
