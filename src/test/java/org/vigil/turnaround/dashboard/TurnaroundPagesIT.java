package org.vigil.turnaround.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.vigil.record.ImagingRecord;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;
import org.vigil.record.ReportStatus;
import org.vigil.support.MovableClock;

/**
 * The manager's dashboard, the forecast, the DID export and the backlog gauges, through the real
 * HTTP port; the pages in real Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "vigil.security.demo-users=true", "vigil.turnaround.dashboard.refresh=1h"})
@AutoConfigureObservability
@Import(MovableClock.Config.class)
class TurnaroundPagesIT {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static Playwright playwright;
  private static Browser browser;

  @LocalServerPort int port;
  @Autowired ImagingRecord record;
  @Autowired TurnaroundAggregator aggregator;
  @Autowired BacklogGauges gauges;
  @Autowired MovableClock clock;

  @BeforeAll
  static void launchChromium() {
    playwright = Playwright.create();
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
  }

  @AfterAll
  static void closeChromium() {
    if (playwright != null) {
      playwright.close();
    }
  }

  @Test
  void theManagersHomeIsTheDashboardAndEveryChartHasDataPoints() {
    TurnaroundData data = new TurnaroundData(record);
    Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
    for (int week = 0; week < 4; week++) {
      for (int i = 0; i < 5; i++) {
        Instant performed = now.minus(Duration.ofDays(7L * week + 8)).plus(Duration.ofHours(i));
        data.exam("CT", Priority.EMERGENCY_DEPARTMENT, PatientClass.EMERGENCY, performed,
            ReportStatus.FINAL, performed.plus(Duration.ofHours(1 + i * 2)));
        data.exam("MR", Priority.ROUTINE, PatientClass.OUTPATIENT, performed,
            ReportStatus.FINAL, performed.plus(Duration.ofDays(2 + i)));
      }
    }
    data.exam("MR", Priority.ROUTINE, PatientClass.OUTPATIENT, now.minus(Duration.ofDays(9)),
        null, null);
    settle();

    try (BrowserContext context = browser.newContext(
        new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
      Page page = context.newPage();
      signIn(page, "manager");
      page.navigate(base() + "/");
      page.waitForURL(url -> url.endsWith("/turnaround/dashboard"));
      page.waitForSelector("body[data-charts-drawn]");
      assertThat(page.getAttribute("body", "data-charts-drawn")).isEqualTo("true");
      for (String chart : List.of("chart-weeks", "chart-breaches", "chart-backlog",
          "chart-oldest", "chart-modality", "chart-priority", "chart-setting")) {
        Object points = page.evaluate("id => Chart.getChart(document.getElementById(id)).data"
            + ".datasets.flatMap(d => d.data).filter(v => v !== null && v > 0).length", chart);
        assertThat(((Number) points).intValue()).as(chart).isPositive();
      }
      assertThat(page.locator("#backlog-now").textContent()).contains("MR");
      page.screenshot(new Page.ScreenshotOptions()
          .setPath(Paths.get("/tmp/vigil-turnaround-dashboard.png")).setFullPage(true));

      page.navigate(base() + "/turnaround/forecast?backtestDays=7");
      page.waitForSelector("body[data-charts-drawn]");
      assertThat(page.getAttribute("body", "data-charts-drawn")).isEqualTo("true");
      assertThat(page.locator("#method").textContent()).contains("earliest due first");
      assertThat(page.locator("#backtest-table").textContent()).contains("All");
      page.screenshot(new Page.ScreenshotOptions()
          .setPath(Paths.get("/tmp/vigil-turnaround-forecast.png")).setFullPage(true));
    }
  }

  @Test
  void theDidExportHasOneRowPerExamWithItsRequestTestAndReportDatesAndNoFormulas() {
    TurnaroundData data = new TurnaroundData(record);
    LocalDate day = LocalDate.of(2025, 6, 10); // long ago: no other test's exams on these dates
    Instant performed = day.atTime(11, 0).atZone(LONDON).toInstant();
    String reported = data.exam("US", Priority.ROUTINE, PatientClass.OUTPATIENT, performed,
        ReportStatus.FINAL, performed.plus(Duration.ofDays(3)));
    String waiting = data.exam("US", Priority.ROUTINE, PatientClass.OUTPATIENT,
        performed.plus(Duration.ofDays(1)), null, null);
    String hostile = data.exam("=HYPERLINK(1)", Priority.ROUTINE, PatientClass.OUTPATIENT,
        performed.plus(Duration.ofDays(1)), null, null);
    data.exam("US", Priority.ROUTINE, PatientClass.OUTPATIENT, performed.plus(Duration.ofDays(20)),
        null, null); // outside the range

    try (BrowserContext context = browser.newContext()) {
      Page page = context.newPage();
      signIn(page, "manager");
      APIResponse response = page.request().get(base()
          + "/turnaround/export/did.csv?from=2025-06-09&to=2025-06-12");
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.headers().get("content-type")).startsWith("text/csv");
      List<String> lines = response.text().lines().toList();
      assertThat(lines.get(0)).startsWith("NHS_NUMBER,PERSON_BIRTH_DATE");
      assertThat(lines).hasSize(4);
      String row = lines.stream().filter(l -> l.endsWith("," + reported)).findFirst().orElseThrow();
      // request date (an hour before performed), test date, report date (3 days later)
      assertThat(row).contains(",2025-06-10,,2025-06-10,2025-06-13,");
      assertThat(lines.stream().filter(l -> l.endsWith("," + waiting)).findFirst().orElseThrow())
          .contains(",2025-06-11,,2025-06-11,,");
      assertThat(lines.stream().filter(l -> l.endsWith("," + hostile)).findFirst().orElseThrow())
          .contains(",'=HYPERLINK(1),").doesNotContain(",=HYPERLINK");

      signIn(page, "referrer");
      assertThat(page.request().get(base() + "/turnaround/export/did.csv").status())
          .isEqualTo(403);
      assertThat(page.request().get(base() + "/turnaround/dashboard").status()).isEqualTo(403);
    }
  }

  @Test
  void theBacklogGaugesAreReadFromACacheRefreshedOncePerPeriod() throws Exception {
    TurnaroundData data = new TurnaroundData(record);
    Instant now = clock.instant();
    data.exam("NM", Priority.ROUTINE, PatientClass.OUTPATIENT, now.minus(Duration.ofDays(2)),
        null, null);
    gauges.refresh();
    assertThat(scrape("manager")).contains("vigil_turnaround_backlog_exams{modality=\"NM\"} 1.0")
        .containsPattern("vigil_turnaround_backlog_oldest_age_seconds\\{modality=\"NM\"\\} 1728\\d\\d");

    data.exam("NM", Priority.ROUTINE, PatientClass.OUTPATIENT, now.minus(Duration.ofDays(1)),
        null, null);
    assertThat(scrape("manager")).contains("vigil_turnaround_backlog_exams{modality=\"NM\"} 1.0");
    clock.advance(Duration.ofHours(2)); // past the refresh period (1 h here)
    assertThat(scrape("manager")).contains("vigil_turnaround_backlog_exams{modality=\"NM\"} 2.0");
    assertThat(scrapeStatus("referrer")).isEqualTo(403);
  }

  private void settle() {
    clock.advance(Duration.ofMinutes(1));
    aggregator.catchUp();
  }

  private String scrape(String user) throws Exception {
    HttpResponse<String> response = prometheus(user);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private int scrapeStatus(String user) throws Exception {
    return prometheus(user).statusCode();
  }

  private HttpResponse<String> prometheus(String user) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":vigil-demo")
        .getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(base() + "/actuator/prometheus"))
        .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
  }

  private void signIn(Page page, String user) {
    page.navigate(base() + "/login");
    page.fill("#username", user);
    page.fill("#password", "vigil-demo");
    page.click("button[type=submit]");
    page.waitForURL(url -> !url.contains("/login"));
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
