package org.vigil.web.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A query parameter the API cannot use: a 400 problem detail naming the parameter. */
class BadParameter extends ErrorResponseException {

  BadParameter(String parameter, String detail) {
    super(HttpStatus.BAD_REQUEST, problem(parameter, detail), null);
  }

  private static ProblemDetail problem(String parameter, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Bad request parameter");
    problem.setProperty("parameter", parameter);
    return problem;
  }
}
