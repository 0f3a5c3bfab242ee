package org.vigil.intake.hl7;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.directory.ClinicianDirectory;
import org.vigil.intake.DataQuality;
import org.vigil.intake.InboundMessage;
import org.vigil.intake.MessageArchive;
import org.vigil.record.Exams;
import org.vigil.record.ImagingRecord;
import org.vigil.record.Provenance;
import org.vigil.record.UnreadableTime;

/**
 * Commits messages with group commit: each message (its archive row first, whose unique key
 * catches a re-send, then every record change) runs inside its own savepoint, and a writer thread
 * commits whatever messages are waiting as one transaction. A message that fails rolls back to its
 * savepoint alone. The caller waits until its message is committed (or refused), so the ACK still
 * follows the commit; one disk write then serves many messages. A unique-key race with another
 * writer, or a transaction that fails as a whole, is retried message by message, a bounded number
 * of times.
 */
@Component
class Hl7Transaction implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(Hl7Transaction.class);
  static final String CHANNEL = "HL7";
  private static final long GATHER_POLL_NANOS = 100_000;

  /** The committed message id; {@code duplicate} when it had been processed before. */
  record Committed(UUID messageId, boolean duplicate) {}

  /** One message waiting for a writer. */
  private record Work(InboundMessage message, List<Hl7Command> commands,
      List<UnreadableTime> messageTimes, CompletableFuture<Committed> done) {}

  private final TransactionTemplate transactions;
  private final MessageArchive archive;
  private final ImagingRecord record;
  private final Exams exams;
  private final MllpProperties properties;
  private final BlockingQueue<Work> waiting = new LinkedBlockingQueue<>();
  private final List<Thread> writers = new ArrayList<>();
  private final DistributionSummary batches;
  private final OpenConnections connections;
  private final DataQuality dataQuality;
  private final ClinicianDirectory directory;

  Hl7Transaction(TransactionTemplate transactions, MessageArchive archive, ImagingRecord record,
      Exams exams, MllpProperties properties, OpenConnections connections, DataQuality dataQuality,
      ClinicianDirectory directory, MeterRegistry meters) {
    this.directory = directory;
    this.dataQuality = dataQuality;
    this.transactions = transactions;
    this.archive = archive;
    this.record = record;
    this.exams = exams;
    this.properties = properties;
    this.connections = connections;
    this.batches = DistributionSummary.builder("vigil.hl7.commit.batch.size")
        .description("messages committed in one transaction").register(meters);
    for (int i = 0; i < Math.max(1, properties.writers()); i++) {
      Thread writer = new Thread(this::writeLoop, "hl7-writer-" + (i + 1));
      writer.setDaemon(true);
      writer.start();
      writers.add(writer);
    }
  }

  /** Commits the message and its changes; returns once they are durable (or throws). */
  Committed commit(InboundMessage message, List<Hl7Command> commands) {
    return commit(message, commands, List.of());
  }

  /**
   * As above; {@code messageTimes} are header times (MSH-7) that are unreadable. They and the
   * commands' unreadable times go on the data-quality list in the message's transaction.
   */
  Committed commit(InboundMessage message, List<Hl7Command> commands,
      List<UnreadableTime> messageTimes) {
    Work work = new Work(message, commands, messageTimes, new CompletableFuture<>());
    waiting.add(work);
    try {
      return work.done().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Hl7Rejection(AckCode.AE, 207, "interrupted while committing");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void writeLoop() {
    List<Work> batch = new ArrayList<>();
    while (!Thread.currentThread().isInterrupted()) {
      try {
        batch.add(waiting.take());
        gather(batch);
        writeBatch(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        log.error("hl7 writer failed; its messages are answered with an error", e);
        batch.forEach(w -> w.done().completeExceptionally(e));
      } finally {
        batch.clear();
      }
    }
  }

  /**
   * Adds the waiting messages to the batch and, while some connection has no message in it yet,
   * waits up to the commit delay for more: one commit then serves more messages (H2 rewrites
   * every page a commit touches). A lone sender never waits: its message is the only one.
   */
  private void gather(List<Work> batch) throws InterruptedException {
    int max = Math.max(1, properties.maxBatch());
    long deadline = System.nanoTime() + properties.commitDelay().toNanos();
    waiting.drainTo(batch, max - batch.size());
    long left;
    while (batch.size() < Math.min(max, connections.count())
        && (left = deadline - System.nanoTime()) > 0) {
      // short polls, so that a connection that closes meanwhile ends the wait
      Work next = waiting.poll(Math.min(left, GATHER_POLL_NANOS), TimeUnit.NANOSECONDS);
      if (next != null) {
        batch.add(next);
        waiting.drainTo(batch, max - batch.size());
      }
    }
  }

  private void writeBatch(List<Work> batch) {
    batches.record(batch.size());
    List<Object> outcomes;
    try {
      outcomes = transactions.execute(status -> batch.stream().map(w -> inSavepoint(status, w))
          .toList());
    } catch (RuntimeException wholeBatch) {
      // the commit itself failed: nothing of the batch is stored; try each message on its own
      batch.forEach(w -> complete(w, alone(w)));
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      Object outcome = outcomes.get(i);
      complete(batch.get(i), outcome instanceof DuplicateKeyException ? alone(batch.get(i))
          : outcome);
    }
  }

  /** A message inside the batch transaction: its result, or the exception that rolled it back. */
  private Object inSavepoint(TransactionStatus status, Work work) {
    Object savepoint = status.createSavepoint();
    try {
      UUID id = apply(work);
      status.releaseSavepoint(savepoint);
      return new Committed(id, false);
    } catch (RuntimeException e) {
      status.rollbackToSavepoint(savepoint);
      return e instanceof DataIntegrityViolationException d ? duplicateOr(work.message(), d) : e;
    }
  }

  private static void complete(Work work, Object outcome) {
    if (outcome instanceof Committed committed) {
      work.done().complete(committed);
    } else {
      work.done().completeExceptionally((RuntimeException) outcome);
    }
  }

  /** One message in its own transaction, retried after a race or a transient failure. */
  private Object alone(Work work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return new Committed(transactions.execute(status -> apply(work)), false);
      } catch (DataIntegrityViolationException e) {
        Object outcome = duplicateOr(work.message(), e);
        if (!(outcome instanceof DuplicateKeyException) || attempt > properties.retries()) {
          return outcome instanceof DuplicateKeyException ? giveUp(attempt) : outcome;
        }
      } catch (TransientDataAccessException e) {
        if (attempt > properties.retries()) {
          return giveUp(attempt);
        }
      } catch (RuntimeException e) {
        return e;
      }
      pause(attempt);
    }
  }

  /** A re-sent message is a duplicate; any other unique-key clash is a race to retry. */
  private Object duplicateOr(InboundMessage message, DataIntegrityViolationException e) {
    var existing = archive.findByControlId(CHANNEL, message.sendingApplication(),
        message.controlId());
    if (existing.isPresent()) {
      archive.recordDuplicate(CHANNEL, message.sendingApplication(), message.controlId(),
          message.receivedAt());
      return new Committed(existing.get().id(), true);
    }
    if (e instanceof DuplicateKeyException) {
      return e;
    }
    return Hl7Rejection.error(Hl7Rejection.DATA_TYPE,
        "the database refused a value (too long or invalid)");
  }

  private UUID apply(Work work) {
    InboundMessage message = work.message();
    UUID id = archive.archive(message);
    Provenance provenance = Provenance.of(CHANNEL, id, message.receivedAt());
    dataQuality.recordUnreadable(CHANNEL, id, null, work.messageTimes(), message.receivedAt());
    for (Hl7Command command : work.commands()) {
      command.apply(record, exams, provenance);
      if (!command.sighting().isEmpty()) {
        directory.noteSeen(command.sighting());
      }
      dataQuality.recordUnreadable(CHANNEL, id, command.accessionNumber(),
          command.unreadableTimes(), message.receivedAt());
    }
    return id;
  }

  private static Hl7Rejection giveUp(int attempt) {
    return new Hl7Rejection(AckCode.AE, 206,
        "could not commit after " + attempt + " attempts (concurrent update); resend later");
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(5L * attempt + (long) (Math.random() * 10));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void destroy() {
    writers.forEach(Thread::interrupt);
  }
}
