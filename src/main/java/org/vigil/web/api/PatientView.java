package org.vigil.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.vigil.record.Patients.IdentifierRecord;
import org.vigil.record.Patients.MergeRecord;

/**
 * A patient with every identifier ever used (retired ones have active=false) and the records
 * merged into this one.
 */
@Schema(name = "Patient")
record PatientView(
    PatientSummary patient, Instant createdAt, Instant updatedAt, List<Identifier> identifiers,
    List<Merge> mergedRecords) {

  /** An identifier with its assigning authority (NHS, or a hospital's MRN authority). */
  @Schema(name = "PatientIdentifier")
  record Identifier(String authority, String value, String type, boolean active, Instant since) {

    static Identifier of(IdentifierRecord r) {
      return new Identifier(r.identifier().authority(), r.identifier().value(),
          r.identifier().type(), r.active(), r.since());
    }
  }

  /** A record that was merged into this patient, and what moved with it. */
  @Schema(name = "PatientMerge")
  record Merge(UUID mergedPatientId, Instant mergedAt, int examsMoved, int reportsMoved) {

    static Merge of(MergeRecord m) {
      return new Merge(m.merged().value(), m.at(), m.examsMoved(), m.reportsMoved());
    }
  }
}
