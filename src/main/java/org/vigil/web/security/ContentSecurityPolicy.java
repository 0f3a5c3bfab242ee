package org.vigil.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Only Vigil's own scripts, styles and images; no framing. Swagger UI (the API explorer) applies
 * inline styles, so its pages alone may use them; scripts stay 'self' everywhere.
 */
final class ContentSecurityPolicy implements HeaderWriter {

  static final String HEADER = "Content-Security-Policy";

  static final String STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
      + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  static final String API_EXPLORER =
      STRICT.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  private final RequestMatcher apiExplorer =
      PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

  @Override
  public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
    if (!response.containsHeader(HEADER)) {
      response.setHeader(HEADER, apiExplorer.matches(request) ? API_EXPLORER : STRICT);
    }
  }
}
