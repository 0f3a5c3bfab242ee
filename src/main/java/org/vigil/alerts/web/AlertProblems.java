package org.vigil.alerts.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.vigil.alerts.AlertId;
import org.vigil.alerts.AlertNotFound;
import org.vigil.alerts.IllegalAlertTransition;

/** Problem details (RFC 9457) for the alert API's errors. */
@RestControllerAdvice(assignableTypes = AlertApi.class)
class AlertProblems {

  /** Not there, or not the caller's to see: the same answer, so existence does not leak. */
  @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.NOT_FOUND)
  static class NotVisible extends RuntimeException {
    NotVisible(AlertId id) {
      super("no alert " + id + " that you may see");
    }
  }

  @ExceptionHandler({NotVisible.class, AlertNotFound.class})
  ProblemDetail notFound(RuntimeException e) {
    return problem(HttpStatus.NOT_FOUND, "Alert not found", e.getMessage());
  }

  @ExceptionHandler(IllegalAlertTransition.class)
  ProblemDetail conflict(IllegalAlertTransition e) {
    return problem(HttpStatus.CONFLICT, "Not allowed in the alert's state", e.getMessage());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    return p;
  }
}
