package org.vigil.intake.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.vigil.intake.DeadLetter;
import org.vigil.intake.ReplayHandler;
import org.vigil.intake.ReplayResult;
import org.vigil.intake.fhir.mapping.FhirProblems;

/**
 * Replays a FHIR dead letter through the same create or update as the HTTP interaction it came
 * as, with the same sender and request id (so a write that got through in the meantime is a
 * duplicate, not a second change). The result's code is the HTTP status the sender would get.
 */
@Component
class FhirReplayHandler implements ReplayHandler {

  private static final String CREATE = RestOperationTypeEnum.CREATE.getCode();
  private static final String UPDATE = RestOperationTypeEnum.UPDATE.getCode();

  private final FhirContext context;
  private final List<FhirWriter<?>> writers;
  private final Clock clock;

  FhirReplayHandler(FhirContext context, List<FhirWriter<?>> writers, Clock clock) {
    this.context = context;
    this.writers = writers;
    this.clock = clock;
  }

  @Override
  public String channel() {
    return FhirWrite.CHANNEL;
  }

  @Override
  public ReplayResult replay(DeadLetter letter, String correctedText) {
    FhirWrite write = new FhirWrite(letter.messageType(),
        correctedText == null ? letter.raw() : correctedText.getBytes(StandardCharsets.UTF_8),
        correctedText == null && letter.charset() != null ? letter.charset()
            : StandardCharsets.UTF_8.name(),
        letter.sendingApplication(), controlId(letter), clock.instant(), letter.id());
    try {
      FhirTransaction.Committed committed = writers.stream()
          .filter(w -> w.getResourceType().getSimpleName().equals(write.resourceType()))
          .findFirst().map(w -> apply(w, write))
          .orElseThrow(() -> unsupported(write));
      return new ReplayResult(true, committed.created() ? "201" : "200", committed.duplicate()
          ? "duplicate, already processed as " + committed.resource().getValue()
          : "recorded as " + committed.resource().getValue(), committed.messageId());
    } catch (BaseServerResponseException refused) {
      return new ReplayResult(false, String.valueOf(refused.getStatusCode()),
          refused.getMessage(), null);
    }
  }

  /** The request id it came with; one of its own if HAPI had not assigned one yet. */
  private static String controlId(DeadLetter letter) {
    return letter.controlId() != null ? letter.controlId() : "replay-" + letter.id();
  }

  private <R extends Resource> FhirTransaction.Committed apply(FhirWriter<R> writer,
      FhirWrite write) {
    R resource = parse(writer.getResourceType(), write.text());
    boolean hasId = resource.getIdElement().hasIdPart();
    if (CREATE.equals(write.interaction()) && !hasId) {
      return writer.create(resource, write);
    }
    if (UPDATE.equals(write.interaction()) && hasId) {
      return writer.update(new IdType(write.resourceType(), resource.getIdElement().getIdPart()),
          resource, write);
    }
    if (CREATE.equals(write.interaction())) {
      throw FhirProblems.badRequest("a create must not carry a resource id in the body");
    }
    if (UPDATE.equals(write.interaction())) {
      throw FhirProblems.badRequest("an update needs the resource id in the body");
    }
    throw unsupported(write);
  }

  private <R extends Resource> R parse(Class<R> type, String text) {
    EncodingEnum encoding = EncodingEnum.detectEncodingNoDefault(text);
    if (encoding == null) {
      throw FhirProblems.badRequest("the body is neither FHIR JSON nor FHIR XML");
    }
    try {
      return encoding.newParser(context).parseResource(type, text);
    } catch (DataFormatException e) {
      throw FhirProblems.badRequest("the body could not be parsed as " + type.getSimpleName()
          + ": " + e.getMessage());
    }
  }

  private static BaseServerResponseException unsupported(FhirWrite write) {
    return new MethodNotAllowedException("Vigil records only "
        + "ServiceRequest and DiagnosticReport create and update, not " + write.messageType());
  }
}
