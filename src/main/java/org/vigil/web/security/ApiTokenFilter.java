package org.vigil.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the machine chains: an unrevoked API token signs the
 * request in as {@code token:<name>} with the token's role, for this request only; an unknown
 * or revoked one is 401. Requests without a bearer token pass on to HTTP Basic. Not a Spring
 * bean, so that the servlet container does not run it on every request.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "bearer ";

  private final ApiTokens tokens;
  private final ApiAuthProblems problems;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  ApiTokenFilter(ApiTokens tokens, ApiAuthProblems problems) {
    this.tokens = tokens;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Optional<String> presented = bearer(request);
    if (presented.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<ApiToken> token = presented.get().startsWith(ApiTokens.PREFIX)
        ? tokens.findActive(presented.get()) : Optional.empty();
    if (token.isEmpty()) {
      contexts.clearContext();
      problems.invalidToken(request, response);
      return;
    }
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(new PreAuthenticatedAuthenticationToken(
        token.get().principalName(), null,
        List.of(new SimpleGrantedAuthority(token.get().role().authority()))));
    contexts.setContext(context);
    chain.doFilter(request, response);
  }

  private static Optional<String> bearer(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    String token = header.substring(BEARER.length()).strip();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }
}
