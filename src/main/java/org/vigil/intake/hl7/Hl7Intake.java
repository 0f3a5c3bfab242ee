package org.vigil.intake.hl7;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.vigil.intake.InboundMessage;
import org.vigil.intake.IntakeCommits;
import org.vigil.intake.hl7.mapping.Hl7Mapper;
import org.vigil.intake.hl7.mllp.Frame;
import org.vigil.record.RecordRejection;

/**
 * The processing path of one HL7 message, shared by the MLLP server and dead-letter replay:
 * decode, check the header, parse, map to record commands and commit them with the archive row.
 * Returns the outcome; it never throws.
 */
@Component
class Hl7Intake {

  private static final Logger log = LoggerFactory.getLogger(Hl7Intake.class);

  /**
   * What happened to a message; {@code header} and {@code charset} are null when unknown,
   * {@code field} (e.g. "OBR-3") when no single field is at fault.
   */
  record Outcome(AckCode code, String reason, int errorCode, MessageHeader header,
      Charset charset, UUID messageId, String field) {

    Outcome(AckCode code, String reason, int errorCode, MessageHeader header, Charset charset,
        UUID messageId) {
      this(code, reason, errorCode, header, charset, messageId, null);
    }

    static Outcome refused(Hl7Rejection r, MessageHeader header, Charset charset) {
      return new Outcome(r.code(), r.reason(), r.errorCode(), header, charset, null, r.field());
    }
  }

  private final Hl7Parsing parsing;
  private final Hl7Mapper mapper;
  private final Hl7Transaction transaction;
  private final MllpProperties properties;
  private final Clock clock;
  private final IntakeCommits commits;

  Hl7Intake(Hl7Parsing parsing, Hl7Mapper mapper, Hl7Transaction transaction,
      MllpProperties properties, Clock clock, IntakeCommits commits) {
    this.commits = commits;
    this.parsing = parsing;
    this.mapper = mapper;
    this.transaction = transaction;
    this.properties = properties;
    this.clock = clock;
  }

  /** Processes raw bytes (or, for a corrected replay, text) received at {@code receivedAt}. */
  Outcome process(byte[] raw, String correctedText, Instant receivedAt, UUID deadLetterId) {
    MessageHeader header = null;
    Charset charset = null;
    try {
      Hl7Decoder.Decoded decoded = correctedText == null ? Hl7Decoder.decode(raw)
          : new Hl7Decoder.Decoded(Hl7Decoder.normalise(correctedText), StandardCharsets.UTF_8);
      charset = decoded.charset();
      if (raw.length > properties.maxMessageBytes()) {
        throw Hl7Rejection.reject(Hl7Rejection.DATA_TYPE, tooLarge(raw.length));
      }
      int segments = segments(decoded.text());
      if (segments > properties.maxSegments()) {
        throw Hl7Rejection.reject(Hl7Rejection.SEGMENT_SEQUENCE, "message of " + segments
            + " segments exceeds the maximum of " + properties.maxSegments()
            + " (vigil.mllp.max-segments)");
      }
      if (decoded.text().isEmpty()) {
        throw Hl7Rejection.reject(Hl7Rejection.SEGMENT_SEQUENCE, "empty message");
      }
      header = MessageHeader.read(decoded.text());
      checkSupported(header);
      Hl7Parsing.Parsed parsed = parsing.parse(decoded.text());
      List<Hl7Command> commands = mapper.commands(parsed, header, charset);
      var committed = transaction.commit(new InboundMessage(Hl7Transaction.CHANNEL, raw,
          charset.name(), header.sendingApplication(), header.sendingFacility(),
          header.controlId(), header.messageType(), receivedAt, deadLetterId), commands,
          mapper.unreadableHeaderTimes(parsed));
      commits.committed();
      String text = committed.duplicate() ? "duplicate, already processed" : "accepted";
      return new Outcome(AckCode.AA, text, 0, header, charset, committed.messageId());
    } catch (Hl7Rejection r) {
      return Outcome.refused(r, header, charset);
    } catch (RecordRejection r) {
      return new Outcome(AckCode.AE, "record refused the change: " + r.getMessage(), 207, header,
          charset, null);
    } catch (RuntimeException unexpected) {
      if (IntakeCommits.isDatabaseFailure(unexpected)) {
        commits.failed();
      }
      log.error("hl7 message failed unexpectedly (type {})",
          header == null ? "unknown" : header.messageType(), unexpected);
      return new Outcome(AckCode.AE, "internal error (" + unexpected.getClass().getSimpleName()
          + "); kept for replay", 207, header, charset, null);
    }
  }

  /** A frame that could not be delimited: answered AR; its header is read if it has one. */
  Outcome unframed(Frame frame) {
    Hl7Decoder.Decoded decoded = Hl7Decoder.decode(frame.bytes());
    MessageHeader header;
    try {
      header = MessageHeader.read(decoded.text());
    } catch (Hl7Rejection noHeader) {
      header = null;
    }
    String reason = frame.size() > properties.maxMessageBytes() ? tooLarge(frame.size())
        : frame.problem();
    return new Outcome(AckCode.AR, reason, Hl7Rejection.SEGMENT_SEQUENCE, header,
        decoded.charset(), null);
  }

  /** Segments in normalised text (CR-separated), counted before anything is parsed. */
  static int segments(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\r') {
        n++;
      }
    }
    return text.isEmpty() || text.charAt(text.length() - 1) == '\r' ? n : n + 1;
  }

  private String tooLarge(long size) {
    return "message of " + size + " bytes exceeds the maximum of " + properties.maxMessageBytes()
        + " bytes";
  }

  private static void checkSupported(MessageHeader header) {
    if (!isSupportedVersion(header.version())) {
      throw Hl7Rejection.reject(Hl7Rejection.UNSUPPORTED_VERSION,
          "unsupported HL7 version (2.3 to 2.8 are accepted)");
    }
    if (!Hl7Mapper.isSupported(header.messageCode(), header.triggerEvent())) {
      throw Hl7Rejection.reject(Hl7Rejection.UNSUPPORTED_MESSAGE_TYPE,
          "unsupported message type " + header.messageType());
    }
  }

  static boolean isSupportedVersion(String version) {
    return version.matches("2\\.[3-8](\\.\\d+)?");
  }

  Instant now() {
    return clock.instant();
  }
}
