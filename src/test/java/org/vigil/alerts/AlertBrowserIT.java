package org.vigil.alerts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigil.record.ExamStatus;
import org.vigil.record.ImagingRecord;
import org.vigil.record.OrderDetails;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;
import org.vigil.record.RecordFixtures;
import org.vigil.record.ReportDetails;
import org.vigil.record.ReportSection;
import org.vigil.record.ReportStatus;
import org.vigil.web.WebFixtures;

/** A referrer and a fail-safe officer work alerts in a real browser; report text never runs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "vigil.security.demo-users=true",
    "vigil.alerts.directory.clinicians[0].name=Dr A Requester",
    "vigil.alerts.directory.clinicians[0].user=referrer",
    "vigil.alerts.directory.clinicians[0].sites=RX1-MAIN"})
class AlertBrowserIT {

  private static final String TEXT = "Findings: large right tension pneumothorax with mediastinal "
      + "shift.\n" + WebFixtures.HOSTILE_TEXT + "\nImpression: tension pneumothorax.";

  private static Playwright playwright;
  private static Browser browser;

  @LocalServerPort int port;
  @Autowired ImagingRecord record;
  @Autowired Alerts alerts;

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
  void aReferrerAcknowledgesAndActsOnACriticalAlertWhoseHostileTextNeverRuns() {
    Alert alert = flaggedCritical();
    List<String> dialogs = new CopyOnWriteArrayList<>();
    try (BrowserContext context = browser.newContext(
        new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
      Page page = context.newPage();
      page.onDialog(d -> {
        dialogs.add(d.message());
        d.dismiss();
      });
      signIn(page, "referrer");
      page.navigate(base() + "/alerts");
      assertThat(page.locator("text=" + alert.subject().accessionNumber())).isVisible();
      page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/vigil-alert-inbox.png"))
          .setFullPage(true));

      page.navigate(base() + "/alerts/" + alert.id());
      assertThat(page.locator(".patient-banner")).containsText("NHS No.");
      assertThat(page.locator(".report-text")).hasText(TEXT);
      assertThat(page.locator("img[src=x]")).hasCount(0);
      page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/vigil-alert.png"))
          .setFullPage(true));

      page.selectOption("#action", "PATIENT_RECALLED");
      page.click("form[action$='/acknowledge'] button[type=submit]");
      assertThat(page.locator(".alert-success")).isVisible();
      page.screenshot(new Page.ScreenshotOptions()
          .setPath(Paths.get("/tmp/vigil-alert-closed.png")).setFullPage(true));
    }
    assertThat(dialogs).isEmpty();
    Alert closed = alerts.find(alert.id()).orElseThrow();
    assertThat(closed.state()).isEqualTo(AlertState.CLOSED);
    assertThat(closed.action().kind()).isEqualTo(ActionKind.PATIENT_RECALLED);
  }

  @Test
  void aReferrerSeesTheCriticalBadgeOnTheHomeListAndFollowsItToTheAlert() {
    Alert alert = flaggedCritical();
    try (BrowserContext context = browser.newContext(
        new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
      Page page = context.newPage();
      signIn(page, "referrer");
      page.navigate(base() + "/");
      var badge = page.locator("a.alert-badge[href='/alerts/" + alert.id() + "']").first();
      assertThat(badge).isVisible();
      assertThat(badge).containsText("Critical");
      assertThat(badge.evaluate("b => getComputedStyle(b).backgroundColor"))
          .isEqualTo("rgb(139, 0, 0)");
      assertThat(badge.evaluate("b => getComputedStyle(b).color")).isEqualTo("rgb(255, 255, 255)");
      page.screenshot(new Page.ScreenshotOptions()
          .setPath(Paths.get("/tmp/vigil-home-badges.png")).setFullPage(false));
      badge.click();
      page.waitForURL(url -> url.endsWith("/alerts/" + alert.id()));
      assertThat(page.locator(".patient-banner")).containsText("NHS No.");
    }
  }

  @Test
  void theFailsafeOfficerSeesTheBoardAndThePolicy() {
    Alert alert = flaggedCritical();
    try (BrowserContext context = browser.newContext(
        new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
      Page page = context.newPage();
      signIn(page, "failsafe");
      page.navigate(base() + "/");
      page.waitForURL(url -> url.endsWith("/alerts/board"));
      assertThat(page.locator("text=" + alert.subject().accessionNumber())).isVisible();
      page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/vigil-board.png"))
          .setFullPage(true));
      page.navigate(base() + "/alerts/policy");
      assertThat(page.locator("text=60 minutes").first()).isVisible();
      page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/vigil-policy.png"))
          .setFullPage(true));
    }
  }

  private void signIn(Page page, String user) {
    page.navigate(base() + "/login");
    page.fill("#username", user);
    page.fill("#password", "vigil-demo");
    page.click("button[type=submit]");
    page.waitForURL(url -> !url.contains("/login"));
  }

  private Alert flaggedCritical() {
    String mrn = RecordFixtures.uniqueMrn();
    String accession = "ACC" + mrn;
    OrderDetails order = new OrderDetails(accession, "P" + accession, null, "XCHES", "XR Chest",
        "XR", "Chest", Priority.URGENT, PatientClass.INPATIENT, "Dr A Requester",
        "Dr B Consultant", "Respiratory", "RX1-MAIN", ExamStatus.SCHEDULED,
        Instant.parse("2026-11-01T09:00:00Z"), null, null);
    record.recordOrder(RecordFixtures.patient(mrn), order, RecordFixtures.hl7());
    record.recordReport(RecordFixtures.patient(mrn), new ReportDetails(order, ReportStatus.FINAL,
        TEXT, List.of(new ReportSection("Findings", "FIND", TEXT)), "Dr R Radiologist", "AA",
        List.of(), Instant.parse("2026-11-01T12:00:00Z")), RecordFixtures.hl7());
    await().atMost(Duration.ofSeconds(30)).until(() -> !alerts.ofAccession(accession).isEmpty());
    return alerts.ofAccession(accession).get(0);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
