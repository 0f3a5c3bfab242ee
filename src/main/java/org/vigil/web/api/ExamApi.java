package org.vigil.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.vigil.record.Exam;
import org.vigil.record.ExamId;
import org.vigil.record.Exams;
import org.vigil.record.Exams.ExamQuery;
import org.vigil.record.NhsNumber;
import org.vigil.record.Patients;
import org.vigil.record.Reports;

/** Examinations as JSON. Any Vigil role may read them. */
@RestController
@RequestMapping(path = "/api/exams", produces = "application/json")
@Tag(name = "Examinations", description = "Imaging examinations (orders and what became of "
    + "them) with their report versions. Readable by every Vigil role.")
class ExamApi {

  static final int MAX_LIMIT = 200;
  private static final int MAX_OFFSET = 1_000_000;

  private final Exams exams;
  private final Patients patients;
  private final Reports reports;

  ExamApi(Exams exams, Patients patients, Reports reports) {
    this.exams = exams;
    this.patients = patients;
    this.reports = reports;
  }

  @GetMapping
  @Operation(summary = "Search examinations",
      description = "Filters combine (all must match); none given lists the most recently changed "
          + "examinations. Results are most recently changed first.")
  ExamList search(
      @Parameter(description = "Accession number, exact") @RequestParam(required = false)
          String accession,
      @Parameter(description = "NHS number: 10 digits, spaces allowed, Modulus 11 checked")
          @RequestParam(required = false) String nhsNumber,
      @Parameter(description = "Start of the patient's family name, any case")
          @RequestParam(required = false) String name,
      @Parameter(description = "Site code, exact") @RequestParam(required = false) String site,
      @Parameter(description = "Page size, 1 to 200") @RequestParam(defaultValue = "50") int limit,
      @Parameter(description = "Rows to skip") @RequestParam(defaultValue = "0") int offset) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadParameter("limit", "limit must be between 1 and " + MAX_LIMIT);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new BadParameter("offset", "offset must be between 0 and " + MAX_OFFSET);
    }
    var query = new ExamQuery(blankToNull(accession), nhs(nhsNumber), name(name),
        blankToNull(site), limit, offset);
    return new ExamList(exams.search(query).stream().map(ExamView::of).toList(), limit, offset);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One examination with its patient and all report versions")
  ExamDetail exam(@PathVariable UUID id) {
    Exam exam = exams.find(new ExamId(id))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such examination"));
    return new ExamDetail(ExamView.of(exam),
        PatientSummary.of(patients.find(exam.patientId()).orElse(null)),
        reports.ofExam(exam.id()).stream().map(ReportView::of).toList());
  }

  private static String nhs(String text) {
    if (blankToNull(text) == null) {
      return null;
    }
    return NhsNumber.parse(text.strip())
        .map(NhsNumber::value)
        .orElseThrow(() -> new BadParameter("nhsNumber",
            "not a valid NHS number: 10 digits whose last is the Modulus 11 check digit"));
  }

  private static String name(String text) {
    String name = blankToNull(text);
    if (name != null && name.length() > 100) {
      throw new BadParameter("name", "name must be at most 100 characters");
    }
    return name;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
