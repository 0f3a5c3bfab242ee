package org.vigil.intake.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.intake.DeadLetterReplay;
import org.vigil.intake.DeadLetters;
import org.vigil.intake.ReplayResult;

/** Dead letters over JSON: list, read, and replay (optionally with corrected text). */
@RestController
@RequestMapping("/api/dead-letters")
@PreAuthorize("hasAnyRole('FAILSAFE_OFFICER', 'ADMIN')")
class DeadLetterApi {

  private final DeadLetters deadLetters;
  private final DeadLetterReplay replay;

  DeadLetterApi(DeadLetters deadLetters, DeadLetterReplay replay) {
    this.deadLetters = deadLetters;
    this.replay = replay;
  }

  @GetMapping
  List<DeadLetterView> list(@RequestParam(defaultValue = "false") boolean includeResolved,
      @RequestParam(defaultValue = "100") int limit) {
    return deadLetters.list(includeResolved, Math.max(1, Math.min(limit, 1000))).stream()
        .map(DeadLetterView::summary).toList();
  }

  @GetMapping("/{id}")
  DeadLetterView get(@PathVariable UUID id) {
    return deadLetters.find(id).map(DeadLetterView::detail)
        .orElseThrow(() -> new DeadLetterReplay.DeadLetterNotFound(id));
  }

  /** The corrected text, if any; segments may end in LF, CR or CRLF. */
  record ReplayRequest(String text) {}

  @PostMapping("/{id}/replay")
  ReplayResult replay(@PathVariable UUID id, @RequestBody(required = false) ReplayRequest request,
      Principal principal) {
    return replay.replay(id, request == null ? null : request.text(), principal.getName());
  }

  @ExceptionHandler(DeadLetterReplay.DeadLetterNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  Problem notFound(RuntimeException e) {
    return new Problem(e.getMessage());
  }

  @ExceptionHandler(DeadLetterReplay.DeadLetterAlreadyResolved.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  Problem resolved(RuntimeException e) {
    return new Problem(e.getMessage());
  }

  record Problem(String detail) {}
}
