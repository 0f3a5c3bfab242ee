package org.vigil.alerts.web;

import java.time.Instant;
import java.util.UUID;
import org.vigil.alerts.Acknowledgement;
import org.vigil.alerts.Alert;
import org.vigil.alerts.ClinicalAction;

/** An alert as the JSON API shows it (its own shape, not the table's or the aggregate's). */
record AlertView(UUID id, String accessionNumber, String category, String state, String source,
    int escalationLevel, Owner owner, UUID patientId, UUID examId, UUID reportId,
    Instant raisedAt, Instant acknowledgeBy, Instant actionBy, Instant nextDueAt,
    Acknowledged acknowledged, Actioned actioned, String endReason) {

  record Owner(String requester, String consultant, String team, String site, String radiologist) {}

  record Acknowledged(String by, Instant at, String method, String readBack) {}

  record Actioned(String kind, String reason, String by, Instant at) {}

  static AlertView of(Alert a) {
    var s = a.subject();
    Acknowledgement ack = a.acknowledgement();
    ClinicalAction act = a.action();
    return new AlertView(a.id().value(), s.accessionNumber(), a.category().name(),
        a.state().name(), a.source().name(), a.escalationLevel(),
        new Owner(s.routing().requester(), s.routing().consultant(), s.routing().team(),
            s.routing().site(), s.radiologist()),
        s.patientId() == null ? null : s.patientId().value(),
        s.examId() == null ? null : s.examId().value(), s.reportId().value(), a.createdAt(),
        a.acknowledgeBy(), a.actionBy(), a.nextDueAt(),
        ack == null ? null : new Acknowledged(ack.by(), ack.at(), ack.method().name(),
            ack.readBack().name()),
        act == null ? null : new Actioned(act.kind().name(), act.reason(), act.by(), act.at()),
        a.endReason());
  }
}
