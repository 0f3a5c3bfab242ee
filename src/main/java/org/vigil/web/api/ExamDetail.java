package org.vigil.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** An examination with its patient and every report version, oldest first. */
@Schema(name = "ExamDetail")
record ExamDetail(ExamView exam, PatientSummary patient, List<ReportView> reports) {}
