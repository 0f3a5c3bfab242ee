package org.vigil.turnaround.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.vigil.turnaround.dashboard.DashboardProperties;

/**
 * {@code GET /turnaround/export/did.csv?from=YYYY-MM-DD&to=YYYY-MM-DD}: the DID-style export for
 * managers and administrators (it holds NHS numbers and birth dates). Test dates from {@code
 * from} to {@code to}, both included; by default the last 30 days. At most 400 days at a time.
 */
@RestController
@PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
class DidExportController {

  static final long MAX_DAYS = 400;

  private final DidExport export;
  private final Clock clock;
  private final DashboardProperties properties;

  DidExportController(DidExport export, Clock clock, DashboardProperties properties) {
    this.export = export;
    this.clock = clock;
    this.properties = properties;
  }

  @GetMapping("/turnaround/export/did.csv")
  ResponseEntity<StreamingResponseBody> did(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    LocalDate last = to != null ? to : LocalDate.ofInstant(clock.instant(), properties.zone());
    LocalDate first = from != null ? from : last.minusDays(30);
    if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) > MAX_DAYS) {
      throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
          "from must not be after to, and the range at most " + MAX_DAYS + " days");
    }
    StreamingResponseBody body = out -> export.write(first, last, out);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"vigil-did-" + first + "-to-" + last + ".csv\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}
