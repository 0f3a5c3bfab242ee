package org.vigil.intake.hl7;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.intake.InboundMessage;
import org.vigil.intake.MessageArchive;
import org.vigil.record.Exams;
import org.vigil.record.ImagingRecord;
import org.vigil.record.Provenance;

/**
 * One transaction per message: the archive row first (its unique key catches a re-send, even a
 * concurrent one), then every record change; all commit together or not at all. A transient
 * failure or a unique-key race (two connections registering the same new patient) is retried a
 * bounded number of times.
 */
@Component
class Hl7Transaction {

  private static final Logger log = LoggerFactory.getLogger(Hl7Transaction.class);
  static final String CHANNEL = "HL7";

  /** The committed message id; {@code duplicate} when it had been processed before. */
  record Committed(UUID messageId, boolean duplicate) {}

  private final TransactionTemplate transactions;
  private final MessageArchive archive;
  private final ImagingRecord record;
  private final Exams exams;
  private final MllpProperties properties;

  Hl7Transaction(TransactionTemplate transactions, MessageArchive archive, ImagingRecord record,
      Exams exams, MllpProperties properties) {
    this.transactions = transactions;
    this.archive = archive;
    this.record = record;
    this.exams = exams;
    this.properties = properties;
  }

  Committed commit(InboundMessage message, List<Hl7Command> commands) {
    for (int attempt = 1; ; attempt++) {
      try {
        return new Committed(transactions.execute(status -> apply(message, commands)), false);
      } catch (DataIntegrityViolationException e) {
        var existing = archive.findByControlId(CHANNEL, message.sendingApplication(),
            message.controlId());
        if (existing.isPresent()) {
          archive.recordDuplicate(CHANNEL, message.sendingApplication(), message.controlId(),
              message.receivedAt());
          return new Committed(existing.get().id(), true);
        }
        if (!(e instanceof DuplicateKeyException)) {
          throw Hl7Rejection.error(Hl7Rejection.DATA_TYPE,
              "the database refused a value (too long or invalid)");
        }
        giveUpAfter(attempt, e);
      } catch (TransientDataAccessException e) {
        giveUpAfter(attempt, e);
      }
    }
  }

  private UUID apply(InboundMessage message, List<Hl7Command> commands) {
    UUID id = archive.archive(message);
    Provenance provenance = Provenance.of(CHANNEL, id, message.receivedAt());
    for (Hl7Command command : commands) {
      command.apply(record, exams, provenance);
    }
    return id;
  }

  private void giveUpAfter(int attempt, RuntimeException e) {
    if (attempt > properties.retries()) {
      throw new Hl7Rejection(AckCode.AE, 206,
          "could not commit after " + attempt + " attempts (concurrent update); resend later");
    }
    log.info("hl7 transaction attempt {} failed ({}); retrying", attempt,
        e.getClass().getSimpleName());
    try {
      Thread.sleep(5L * attempt + (long) (Math.random() * 10));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new Hl7Rejection(AckCode.AE, 207, "interrupted while retrying");
    }
  }
}
