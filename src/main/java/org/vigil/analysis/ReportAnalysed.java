package org.vigil.analysis;

import java.time.Instant;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.FlagAgreement;
import org.vigil.record.ExamId;
import org.vigil.record.PatientId;
import org.vigil.record.ReportId;

/** A report version was read: what it needs (category) and whether the radiologist's flag agrees. */
public record ReportAnalysed(
    ReportId reportId,
    ExamId examId,
    PatientId patientId,
    AlertCategory category,
    boolean communicationNeeded,
    FlagAgreement flagAgreement,
    String knowledgeBaseVersion,
    Instant at) {}
