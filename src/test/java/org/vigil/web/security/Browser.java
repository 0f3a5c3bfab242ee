package org.vigil.web.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A client of the real HTTP port: its own cookies (a browser) or none (a machine), speaking from
 * {@code address} through the trusted proxy's X-Forwarded-For; redirects are not followed.
 */
final class Browser {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final String base;
  private final String address;
  private final HttpClient http;

  Browser(int port, String address) {
    this.base = "http://localhost:" + port;
    this.address = address;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  HttpResponse<String> get(String path, Map<String, String> headers) {
    return send(request(path, headers).GET());
  }

  HttpResponse<String> get(String path) {
    return get(path, Map.of());
  }

  HttpResponse<String> getWithBasic(String path, String user, String password) {
    return get(path, Map.of("Authorization", basic(user, password)));
  }

  HttpResponse<String> getWithToken(String path, String token) {
    return get(path, Map.of("Authorization", "Bearer " + token));
  }

  /** A form post with the CSRF token read from the page at {@code formPage}. */
  HttpResponse<String> postForm(String formPage, String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", csrfFrom(get(formPage).body()));
    return post(path, all, Map.of());
  }

  HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers) {
    String form = fields.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  HttpResponse<String> postFhir(String path, String body, Map<String, String> headers) {
    return send(request(path, headers).header("Content-Type", "application/fhir+json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> signIn(String user, String password) {
    return postForm("/login", "/login", Map.of("username", user, "password", password));
  }

  static String csrfFrom(String page) {
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new AssertionError("no CSRF token in the page");
    }
    return m.group(1);
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("X-Forwarded-For", address);
    headers.forEach(request::header);
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
