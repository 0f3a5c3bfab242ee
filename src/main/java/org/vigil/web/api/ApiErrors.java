package org.vigil.web.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error is a JSON problem detail (RFC 9457): bad parameters 400, unknown ids 404, and
 * anything unexpected 500 without a stack trace or internal message.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception failure) {
    // The exception type and stack only: messages could quote record data.
    log.error("API request failed: {}", failure.getClass().getName(), withoutMessage(failure));
    return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "Vigil could not answer this request. The failure has been logged.");
  }

  private static Throwable withoutMessage(Throwable failure) {
    Throwable copy = new Throwable(failure.getClass().getName());
    copy.setStackTrace(failure.getStackTrace());
    return copy;
  }
}
