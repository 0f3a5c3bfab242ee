package org.vigil.turnaround.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.vigil.record.ExamStatus;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;

/** One changed examination, as the aggregates read it from the exam table. */
record ExamChange(UUID id, String modality, Priority priority, PatientClass patientClass,
    String site, ExamStatus status, Instant performedAt, Instant finalAt, Instant cancelledAt,
    Instant updatedAt) {

  static final String COLUMNS = "id, modality, priority, patient_class, site, status, "
      + "performed_at, final_at, cancelled_at, updated_at";

  static ExamChange read(ResultSet rs, int row) throws SQLException {
    return new ExamChange(rs.getObject(1, UUID.class), rs.getString(2),
        Priority.valueOf(rs.getString(3)), PatientClass.valueOf(rs.getString(4)), rs.getString(5),
        ExamStatus.valueOf(rs.getString(6)), instant(rs, 7), instant(rs, 8), instant(rs, 9),
        instant(rs, 10));
  }

  /** The modality as the aggregates group it ("?" when the feed never said). */
  String modalityKey() {
    return modality == null || modality.isBlank() ? "?" : modality;
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static OffsetDateTime ts(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
