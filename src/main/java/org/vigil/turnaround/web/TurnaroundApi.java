package org.vigil.turnaround.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.turnaround.BacklogList;
import org.vigil.turnaround.BacklogQuery;

/** The reporting worklist and the backlog lists as JSON, for a reporting system or dashboard. */
@RestController
@Tag(name = "Turnaround", description = "The reporting worklist and the backlog and fail-safe "
    + "lists. Radiologists, fail-safe officers, managers and administrators.")
@PreAuthorize("hasAnyRole('RADIOLOGIST','FAILSAFE_OFFICER','MANAGER','ADMIN')")
class TurnaroundApi {

  private final Lists lists;

  TurnaroundApi(Lists lists) {
    this.lists = lists;
  }

  @GetMapping(path = "/api/worklist", produces = "application/json")
  @Operation(summary = "The prioritised reporting worklist",
      description = "Performed, unreported examinations ordered by clinical priority (ED, urgent, "
          + "inpatient, two-week wait, GP direct access, routine), then by time to breach of "
          + "their report target. Filters combine.")
  BacklogPage worklist(
      @Parameter(description = "Modality code, e.g. CT") @RequestParam(required = false)
          String modality,
      @Parameter(description = "Site code, exact") @RequestParam(required = false) String site,
      @Parameter(description = "NEURO, BREAST, CARDIAC, VASCULAR, CHEST, BODY, MSK or GENERAL "
          + "(from the body part)") @RequestParam(required = false) String subspecialty,
      @Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Page size, 1 to 500") @RequestParam(defaultValue = "50") int size,
      Authentication auth) {
    return read(BacklogList.WORKLIST, modality, site, subspecialty, page, size, auth);
  }

  @GetMapping(path = "/api/backlog", produces = "application/json")
  @Operation(summary = "The backlog and the fail-safe lists",
      description = "list=BACKLOG: performed, unreported, soonest breach first (breached ones "
          + "first of all). LOST: performed and unreported after the lost-after threshold. "
          + "NEVER_PERFORMED: requested, neither performed nor cancelled after its threshold. "
          + "PRELIMINARY_WITHOUT_FINAL: a preliminary report with no final after its threshold, "
          + "critical ones first.")
  BacklogPage backlog(
      @Parameter(description = "BACKLOG, LOST, NEVER_PERFORMED or PRELIMINARY_WITHOUT_FINAL")
          @RequestParam(defaultValue = "BACKLOG") String list,
      @Parameter(description = "Modality code, e.g. CT") @RequestParam(required = false)
          String modality,
      @Parameter(description = "Site code, exact") @RequestParam(required = false) String site,
      @Parameter(description = "Subspecialty, as for the worklist") @RequestParam(required = false)
          String subspecialty,
      @Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Page size, 1 to 500") @RequestParam(defaultValue = "50") int size,
      Authentication auth) {
    BacklogList which = switch (list.strip().toUpperCase(Locale.ROOT)) {
      case "BACKLOG" -> BacklogList.BACKLOG;
      case "LOST" -> BacklogList.LOST;
      case "NEVER_PERFORMED" -> BacklogList.NEVER_PERFORMED;
      case "PRELIMINARY_WITHOUT_FINAL" -> BacklogList.PRELIMINARY_WITHOUT_FINAL;
      default -> throw bad("list", "list must be BACKLOG, LOST, NEVER_PERFORMED or "
          + "PRELIMINARY_WITHOUT_FINAL");
    };
    return read(which, modality, site, subspecialty, page, size, auth);
  }

  private BacklogPage read(BacklogList list, String modality, String site, String subspecialty,
      int page, int size, Authentication auth) {
    if (page < 0 || page > 100_000) {
      throw bad("page", "page must be between 0 and 100000");
    }
    if (size < 1 || size > BacklogQuery.MAX_SIZE) {
      throw bad("size", "size must be between 1 and " + BacklogQuery.MAX_SIZE);
    }
    String sub = Filters.subspecialty(subspecialty);
    if (sub == Filters.INVALID) {
      throw bad("subspecialty", "subspecialty must be one of " + Filters.SUBSPECIALTIES);
    }
    if (!Filters.isCode(modality)) {
      throw bad("modality", "modality must be a code of 1 to 16 letters or digits");
    }
    if (!Filters.isSite(site)) {
      throw bad("site", "site must be at most 100 characters");
    }
    return lists.read(list, modality, site, sub, page, size, auth).toPage();
  }

  private static ErrorResponseException bad(String parameter, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Bad request parameter");
    problem.setProperty("parameter", parameter);
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }
}
