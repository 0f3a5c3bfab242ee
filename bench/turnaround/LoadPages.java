import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures p50/p95 response times of Vigil's turnaround pages and APIs, signed in as a manager
 * (form login with its CSRF token), one request at a time after a warm-up.
 *
 * <pre>java bench/turnaround/LoadPages.java http://localhost:18130 [requests=50] [user] [password]</pre>
 */
public final class LoadPages {

  static final List<String> PATHS = List.of(
      "/turnaround/dashboard", "/turnaround/dashboard/charts", "/turnaround/forecast/chart",
      "/turnaround/forecast", "/turnaround/forecast?backtestDays=7", "/exams", "/api/exams?limit=50",
      "/api/worklist", "/api/backlog", "/turnaround/backlog", "/turnaround/worklist",
      "/turnaround/export/did.csv?from=%TODAY%&to=%TODAY%");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    String user = args.length > 2 ? args[2] : "manager";
    String password = args.length > 3 ? args[3] : "vigil-demo";
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    signIn(client, base, user, password);
    System.out.printf("%-45s %6s %9s %9s %9s%n", "path", "status", "p50 ms", "p95 ms", "max ms");
    String today = java.time.LocalDate.now().toString();
    for (String template : PATHS) {
      String path = template.replace("%TODAY%", today);
      int status = get(client, base + path).statusCode();
      if (status != 200) {
        System.out.printf("%-45s %6d %9s %9s %9s%n", path, status, "-", "-", "-");
        continue;
      }
      int n = path.startsWith("/turnaround/forecast?") ? Math.max(5, requests / 10) : requests;
      for (int i = 0; i < 3; i++) {
        get(client, base + path);
      }
      double[] ms = new double[n];
      for (int i = 0; i < n; i++) {
        long t = System.nanoTime();
        get(client, base + path);
        ms[i] = (System.nanoTime() - t) / 1e6;
      }
      Arrays.sort(ms);
      System.out.printf("%-45s %6d %9.1f %9.1f %9.1f%n", path, status, pct(ms, 0.5),
          pct(ms, 0.95), ms[n - 1]);
    }
  }

  static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static void signIn(HttpClient client, String base, String user, String password)
      throws Exception {
    String page = get(client, base + "/login").body();
    Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF token on the login page");
    }
    String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf="
        + enc(csrf.group(1));
    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    String location = answer.headers().firstValue("Location").orElse("");
    if (location.contains("error")) {
      throw new IllegalStateException("sign-in refused for " + user);
    }
  }

  static double pct(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
