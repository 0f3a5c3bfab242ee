package org.vigil.turnaround.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problem details (RFC 9457) for the turnaround API: a bad filter is a 400 naming the parameter,
 * a parameter of the wrong type (page=abc) a 400 too.
 */
@RestControllerAdvice(assignableTypes = TurnaroundApi.class)
class TurnaroundProblems extends ResponseEntityExceptionHandler {

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setTitle("Bad request parameter");
    return p;
  }
}
