package org.vigil.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * For machine clients: 401 with a Basic challenge instead of a redirect to the login page, 403,
 * 429 after too many failed sign-ins, and 401 for a bad API token, each with a JSON problem
 * detail (RFC 9457).
 */
@Component
class ApiAuthProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String REALM = "Vigil";

  private final ObjectMapper json;

  ApiAuthProblems(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException failure) throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
    write(request, response, HttpStatus.UNAUTHORIZED,
        "Sign in with HTTP Basic authentication to use this API.");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException denied) throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "Your role does not allow this request.");
  }

  /** 429: too many failed sign-ins for the account or from the address; try again later. */
  void tooManyFailedSignIns(HttpServletRequest request, HttpServletResponse response,
      long retryAfterSeconds) throws IOException {
    write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins for this "
        + "account or from this address: try again in " + retryAfterSeconds + " seconds.");
  }

  /** 401 for a bearer token Vigil does not know or has revoked (RFC 6750). */
  void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
        "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
    write(request, response, HttpStatus.UNAUTHORIZED, "The API token is unknown or revoked.");
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
      String detail) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
