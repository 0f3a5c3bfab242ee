package org.vigil.intake.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vigil.intake.DeadLetters;
import org.vigil.intake.IntakeMemory;
import org.vigil.intake.NewDeadLetter;

/**
 * Lets a FHIR request body in only when the intake memory budget has room for it: a body larger
 * than {@code vigil.intake.fhir.max-body-bytes} is refused with 413 before it is read (a dead letter
 * records the refusal, its sender and size; the sender still has the body); a body that fits but finds no room in time is answered 503 with Retry-After, so the
 * sender sends it again, instead of the heap running out (an 80 MB body once did).
 */
class FhirMemoryGate extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(FhirMemoryGate.class);
  static final int RETRY_AFTER_SECONDS = 5;

  private final IntakeMemory memory;
  private final long maxBodyBytes;
  private final DeadLetters deadLetters;
  private final FhirContext fhir;
  private final Clock clock;

  FhirMemoryGate(IntakeMemory memory, long maxBodyBytes, DeadLetters deadLetters,
      FhirContext fhir, Clock clock) {
    this.memory = memory;
    this.maxBodyBytes = maxBodyBytes;
    this.deadLetters = deadLetters;
    this.fhir = fhir;
    this.clock = clock;
    memory.checkLargestMessage("vigil.intake.fhir.max-body-bytes", memory.fhirCost(maxBodyBytes));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (!hasBody(request, declared)) {
      chain.doFilter(request, response);
      return;
    }
    if (declared > maxBodyBytes) {
      tooLarge(request, response, declared);
      return;
    }
    try (IntakeMemory.Reservation room = memory.open()) {
      if (!room.grow(memory.fhirCost(declared < 0 ? maxBodyBytes : declared),
          memory.httpWait())) {
        busy(response);
        return;
      }
      chain.doFilter(new BoundedBodyRequest(request, maxBodyBytes), response);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      busy(response);
    }
  }

  private static boolean hasBody(HttpServletRequest request, long declared) {
    return declared > 0 || (declared < 0 && request.getHeader("Transfer-Encoding") != null);
  }

  private void busy(HttpServletResponse response) throws IOException {
    memory.refused("fhir");
    log.warn("fhir request answered 503: no memory for its body within {}", memory.httpWait());
    response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    answer(response, 503, IssueType.TRANSIENT,
        "Vigil is taking in other large messages: send this one again after "
            + RETRY_AFTER_SECONDS + " seconds");
  }

  private void tooLarge(HttpServletRequest request, HttpServletResponse response, long declared)
      throws IOException {
    String reason = "the body is " + declared + " bytes, more than the " + maxBodyBytes
        + " Vigil accepts (vigil.intake.fhir.max-body-bytes)";
    try {
      deadLetters.store(new NewDeadLetter(FhirWrite.CHANNEL, clock.instant(),
          request.getRemoteUser(), null, request.getHeader("X-Request-ID"),
          request.getMethod() + " " + request.getRequestURI(), StandardCharsets.UTF_8.name(),
          "413", reason, new byte[0], declared));
    } catch (RuntimeException e) {
      log.error("could not keep a refused FHIR body as a dead letter", e);
    }
    log.warn("fhir request answered 413: body of {} bytes (refusal kept as a dead letter)",
        declared);
    answer(response, 413, IssueType.TOOLONG, reason);
  }

  private void answer(HttpServletResponse response, int status, IssueType type, String message)
      throws IOException {
    OperationOutcome outcome = new OperationOutcome();
    outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(message);
    response.setStatus(status);
    response.setContentType("application/fhir+json;charset=UTF-8");
    response.getOutputStream().write(
        fhir.newJsonParser().encodeResourceToString(outcome).getBytes(StandardCharsets.UTF_8));
  }
}
