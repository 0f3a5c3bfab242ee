package org.vigil.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt, before its password is checked, while its account or its client
 * address has too many recent failures ({@link FailedSignIns}): so a guesser learns nothing and
 * costs no password hash. Machine chains answer 429 with Retry-After; the sign-in form sends
 * the person back to the login page, which says why. Not a Spring bean: it is added to the
 * chains that take passwords, never to the servlet container's own filters.
 */
final class SignInThrottle extends OncePerRequestFilter {

  private static final String BASIC = "basic ";

  private final FailedSignIns failures;
  private final ApiAuthProblems problems;
  private final boolean form;

  private SignInThrottle(FailedSignIns failures, ApiAuthProblems problems, boolean form) {
    this.failures = failures;
    this.problems = problems;
    this.form = form;
  }

  /** For HTTP Basic on the API, FHIR, actuator and API-document chains. */
  static SignInThrottle forBasic(FailedSignIns failures, ApiAuthProblems problems) {
    return new SignInThrottle(failures, problems, false);
  }

  /** For the sign-in form ({@code POST /login}). */
  static SignInThrottle forForm(FailedSignIns failures, ApiAuthProblems problems) {
    return new SignInThrottle(failures, problems, true);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Optional<String> username = form ? formUsername(request) : basicUsername(request);
    Optional<Duration> wait = username.isEmpty() ? Optional.empty()
        : failures.blockedFor(username.get(), request.getRemoteAddr());
    if (wait.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0));
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    if (form) {
      response.sendRedirect(request.getContextPath() + "/login?throttled");
    } else {
      problems.tooManyFailedSignIns(request, response, seconds);
    }
  }

  private static Optional<String> formUsername(HttpServletRequest request) {
    if (!HttpMethod.POST.matches(request.getMethod())
        || !"/login".equals(request.getServletPath())) {
      return Optional.empty();
    }
    return Optional.ofNullable(request.getParameter("username"));
  }

  private static Optional<String> basicUsername(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || header.length() <= BASIC.length()
        || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length())
          .strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }
}
