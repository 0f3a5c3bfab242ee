package org.vigil.intake.hl7;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.vigil.intake.DeadLetters;
import org.vigil.intake.IntakeCommits;
import org.vigil.intake.NewDeadLetter;
import org.vigil.intake.hl7.mapping.Hl7Mapper;
import org.vigil.intake.hl7.mllp.Frame;

/**
 * The live path for one received frame: process it, keep it as a dead letter when it is refused
 * (committed before the answer goes out), count and time it, log it without patient data, and
 * build the ACK. Returns null when the message could be neither accepted nor kept (database
 * down): then no ACK is sent and the connection is closed, so the sender sends it again.
 */
@Component
public class Hl7Receiver {

  private static final Logger log = LoggerFactory.getLogger(Hl7Receiver.class);

  /** The ACK to send and the charset to encode it in. */
  public record Answer(String ack, Charset charset, AckCode code) {

    public byte[] bytes() {
      return ack.getBytes(charset);
    }
  }

  private final Hl7Intake intake;
  private final DeadLetters deadLetters;
  private final AckBuilder acks;
  private final MllpProperties properties;
  private final MeterRegistry meters;
  private final IntakeCommits commits;

  Hl7Receiver(Hl7Intake intake, DeadLetters deadLetters, AckBuilder acks,
      MllpProperties properties, MeterRegistry meters, IntakeCommits commits) {
    this.commits = commits;
    this.intake = intake;
    this.deadLetters = deadLetters;
    this.acks = acks;
    this.properties = properties;
    this.meters = meters;
  }

  public Answer receive(Frame frame) {
    long start = System.nanoTime();
    Instant receivedAt = intake.now();
    Hl7Intake.Outcome outcome;
    try {
      outcome = frame.isComplete() && frame.size() <= properties.maxMessageBytes()
          ? intake.process(frame.bytes(), null, receivedAt, null)
          : intake.unframed(frame);
    } catch (RuntimeException unexpected) {
      // never let an input end the connection's thread unanswered: answer it and keep it
      log.error("hl7 frame failed unexpectedly; answered AE and kept", unexpected);
      outcome = new Hl7Intake.Outcome(AckCode.AE, "internal error ("
          + unexpected.getClass().getSimpleName() + "); kept for replay", 207, null, null, null);
    }
    if (outcome.code() != AckCode.AA && !keep(frame, outcome, receivedAt)) {
      return null;
    }
    record(outcome, System.nanoTime() - start);
    Charset charset = outcome.charset() == null ? StandardCharsets.ISO_8859_1 : outcome.charset();
    return new Answer(acks.ack(outcome.header(), outcome.code(), outcome.reason(),
        outcome.errorCode(), outcome.field()), charset, outcome.code());
  }

  private boolean keep(Frame frame, Hl7Intake.Outcome outcome, Instant receivedAt) {
    MessageHeader h = outcome.header();
    byte[] stored = frame.bytes().length > properties.maxStoredBytes()
        ? Arrays.copyOf(frame.bytes(), properties.maxStoredBytes()) : frame.bytes();
    try {
      deadLetters.store(new NewDeadLetter(Hl7Transaction.CHANNEL, receivedAt,
          h == null ? null : h.sendingApplication(), h == null ? null : h.sendingFacility(),
          h == null ? null : h.controlId(), h == null ? null : h.messageType(),
          outcome.charset() == null ? null : outcome.charset().name(), outcome.code().name(),
          outcome.reason(), stored, frame.size()));
      commits.committed();
      return true;
    } catch (RuntimeException e) {
      commits.failed();
      log.error("could not keep a refused hl7 message as a dead letter; not answering so the"
          + " sender resends it", e);
      return false;
    }
  }

  private void record(Hl7Intake.Outcome outcome, long nanos) {
    String type = typeTag(outcome.header());
    String ack = outcome.code().name();
    meters.counter("vigil.hl7.messages.received", "type", type).increment();
    meters.counter(outcome.code() == AckCode.AA ? "vigil.hl7.messages.accepted"
        : "vigil.hl7.messages.rejected", "type", type, "ack", ack).increment();
    Timer.builder("vigil.hl7.processing.time").tag("type", type).tag("ack", ack)
        .register(meters).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    MessageHeader h = outcome.header();
    String controlId = h == null ? "-" : printable(h.controlId());
    if (outcome.code() == AckCode.AA) {
      // accepted messages are in the archive and the metrics; a log line each would cost throughput
      log.debug("hl7 {} control-id={} ack=AA {} in {} ms", type, controlId, outcome.reason(),
          nanos / 1_000_000);
    } else {
      log.warn("hl7 {} control-id={} ack={} err={} in {} ms (kept as dead letter)", type,
          controlId, ack, outcome.errorCode(), nanos / 1_000_000);
    }
  }

  /** A bounded set of tag values: a supported type, or "other"/"unknown". */
  private static String typeTag(MessageHeader h) {
    if (h == null) {
      return "unknown";
    }
    return Hl7Mapper.isSupported(h.messageCode(), h.triggerEvent())
        ? h.messageCode() + "^" + h.triggerEvent() : "other";
  }

  private static String printable(String value) {
    String cut = value.length() > 64 ? value.substring(0, 64) : value;
    return cut.replaceAll("[^\\x20-\\x7E]", "?");
  }
}
