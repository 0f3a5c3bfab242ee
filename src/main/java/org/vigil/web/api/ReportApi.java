package org.vigil.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.vigil.record.Report;
import org.vigil.record.ReportId;
import org.vigil.record.Reports;

/** Report versions as JSON. Any Vigil role may read them. */
@RestController
@RequestMapping(path = "/api/reports", produces = "application/json")
@Tag(name = "Reports", description = "Report versions with their full text and sections. The "
    + "text is untrusted input exactly as received. Readable by every Vigil role.")
class ReportApi {

  private final Reports reports;

  ReportApi(Reports reports) {
    this.reports = reports;
  }

  @GetMapping("/{id}")
  @Operation(summary = "One report version with its sections")
  ReportView report(@PathVariable UUID id) {
    Report report = reports.find(new ReportId(id))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such report"));
    return ReportView.of(report, reports.sections(report.id()));
  }
}
