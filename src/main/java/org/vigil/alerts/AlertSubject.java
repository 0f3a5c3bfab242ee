package org.vigil.alerts;

import java.util.Objects;
import org.vigil.record.ExamId;
import org.vigil.record.PatientId;
import org.vigil.record.ReportId;

/**
 * What an alert is about: the examination (by accession), the report version that raised it or
 * last changed it, the patient and the reporting radiologist. {@code examId} is null while the
 * report waits for its order.
 */
public record AlertSubject(String accessionNumber, ReportId reportId, ExamId examId,
    PatientId patientId, String radiologist, Routing routing) {

  public AlertSubject {
    Objects.requireNonNull(accessionNumber, "accessionNumber");
    Objects.requireNonNull(reportId, "reportId");
    routing = routing == null ? Routing.UNKNOWN : routing;
  }
}
