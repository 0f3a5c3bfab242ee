package org.vigil.intake.fhir;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.intake.ArchivedMessage;
import org.vigil.intake.MessageArchive;
import org.vigil.intake.fhir.mapping.FhirProblems;
import org.vigil.record.Provenance;

/**
 * Commits a FHIR write: its archive row (raw body as received), the record change and what it
 * recorded, in one transaction, so the 2xx answer follows the commit of both and a rollback leaves
 * neither. The archive's unique key (channel, sender, request id) makes a re-sent request with the
 * same {@code X-Request-ID} a duplicate: it changes nothing and is answered with what the first
 * one recorded.
 */
@Component
class FhirTransaction {

  /** What a change recorded: the resource (Vigil's id) and whether it is new. */
  record Change(IdType resource, boolean created) {}

  /** The archived message id and what it recorded; {@code duplicate} for a re-sent request. */
  record Committed(UUID messageId, IdType resource, boolean created, boolean duplicate) {

    /**
     * The HTTP answer, with the stored resource as Vigil now reads it. Marks the request first, so
     * a failure after the commit (reading back, writing the answer) is not kept as a dead letter.
     */
    MethodOutcome answer(RequestDetails request, Supplier<? extends Resource> stored) {
      request.getUserData().put(COMMITTED, Boolean.TRUE);
      MethodOutcome outcome = new MethodOutcome(resource);
      outcome.setCreated(created);
      outcome.setResource(stored.get());
      return outcome;
    }
  }

  private static final int RACE_ATTEMPTS = 3;
  private static final String COMMITTED = FhirTransaction.class.getName() + ".committed";

  private final TransactionTemplate transactions;
  private final MessageArchive archive;

  FhirTransaction(TransactionTemplate transactions, MessageArchive archive) {
    this.transactions = transactions;
    this.archive = archive;
  }

  Committed commit(FhirWrite write, Function<Provenance, Change> change) {
    if (write.controlId().length() > FhirWrite.MAX_CONTROL_ID) {
      throw FhirProblems.badRequest("X-Request-ID is longer than " + FhirWrite.MAX_CONTROL_ID
          + " characters");
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.execute(status -> {
          UUID id = archive.archive(write.inbound());
          Change done = change.apply(Provenance.of(FhirWrite.CHANNEL, id, write.receivedAt()));
          archive.recordResult(id, done.resource().toUnqualifiedVersionless().getValue());
          return new Committed(id, done.resource(), done.created(), false);
        });
      } catch (DuplicateKeyException e) {
        var first = archive.findByControlId(FhirWrite.CHANNEL, write.sender(), write.controlId());
        if (first.isEmpty() && attempt < RACE_ATTEMPTS) {
          // another writer made the same examination (an order and its result at once): the
          // next attempt finds it and merges into it
          continue;
        }
        ArchivedMessage original = first.orElseThrow(() -> e);
        archive.recordDuplicate(FhirWrite.CHANNEL, write.sender(), write.controlId(),
            write.receivedAt());
        return new Committed(original.id(), resultOf(original, write), false, true);
      }
    }
  }

  /** Whether this request's write was committed (whatever happened after). */
  static boolean isCommitted(RequestDetails request) {
    return request.getUserData().containsKey(COMMITTED);
  }

  /** What the first request recorded; a request id reused for another resource type is refused. */
  private static IdType resultOf(ArchivedMessage first, FhirWrite write) {
    IdType resource = first.resultRef() == null ? null : new IdType(first.resultRef());
    if (resource == null || !resource.getResourceType().equals(write.resourceType())) {
      throw FhirProblems.badRequest("X-Request-ID " + write.controlId() + " was already used for "
          + "another request; send a new request id");
    }
    return resource;
  }
}
