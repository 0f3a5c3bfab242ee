package org.vigil.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
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
import org.vigil.record.PatientDetails;
import org.vigil.record.PatientIdentifier;
import org.vigil.record.Priority;
import org.vigil.record.RecordFixtures;
import org.vigil.record.Sex;

/** A clinician in a real browser signs in, finds an examination and reads its report. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "vigil.security.bootstrap-admin.username=" + WebFixtures.ADMIN,
    "vigil.security.bootstrap-admin.password=" + WebFixtures.ADMIN_PASSWORD})
class ExamSearchBrowserIT {

  private static final String REPORT = "CT chest, abdomen and pelvis with contrast.\n\n"
      + "Findings: " + WebFixtures.HOSTILE_TEXT + "\nA 9 mm solid nodule in the right upper lobe.\n\n"
      + "Impression: indeterminate pulmonary nodule; CT in 3 months.";

  private static Playwright playwright;
  private static Browser browser;

  @LocalServerPort int port;
  @Autowired ImagingRecord record;

  @BeforeAll
  static void launchChromium() {
    playwright = Playwright.create();
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(Paths.get("/usr/bin/chromium"))
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run")));
  }

  @AfterAll
  static void closeChromium() {
    if (playwright != null) {
      playwright.close();
    }
  }

  @Test
  void aClinicianSignsInFindsAnExamByAccessionAndReadsTheReportAsText() {
    recordOtherExaminations();
    WebFixtures.Recorded exam = WebFixtures.examWithReport(record, "Pemberton", REPORT);
    List<String> dialogs = new CopyOnWriteArrayList<>();
    List<String> consoleErrors = new CopyOnWriteArrayList<>();
    try (BrowserContext context = browser.newContext(
        new Browser.NewContextOptions().setViewportSize(1366, 900))) {
      Page page = context.newPage();
      page.onDialog(dialog -> {
        dialogs.add(dialog.message());
        dialog.dismiss();
      });
      page.onConsoleMessage(m -> {
        if ("error".equals(m.type())) {
          consoleErrors.add(m.text());
        }
      });

      page.navigate(base() + "/");
      assertThat(page).hasURL(Pattern.compile(".*/login$"));
      page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/vigil-login.png")));
      page.fill("#username", WebFixtures.ADMIN);
      page.fill("#password", WebFixtures.ADMIN_PASSWORD);
      page.click("button[type=submit]");
      assertThat(page).hasURL(Pattern.compile(":" + port + "/(\\?continue)?$"));
      assertThat(page.locator("#recent-exams")).isVisible();
      page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/vigil-home.png"))
          .setFullPage(true));

      page.fill("#q", exam.accession());
      page.click("form[role=search] button[type=submit]");
      assertThat(page.locator("#found-exams")).isVisible();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(exam.accession()))
          .click();

      assertThat(page).hasURL(base() + "/exams/" + exam.examId());
      assertThat(page.locator(".patient-banner")).containsText("PEMBERTON, Jane");
      assertThat(page.locator(".report-text").first()).hasText(REPORT);
      page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/vigil-exam.png"))
          .setFullPage(true));
      assertThat(page.locator("img[src=x]")).hasCount(0);

      page.click(".patient-banner .patient-name");
      assertThat(page.locator("#timeline")).isVisible();
      page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/vigil-patient.png"))
          .setFullPage(true));
      page.locator(".timeline a[href^='/reports/']").first().click();
      assertThat(page.locator(".report-text").first()).hasText(REPORT);
      page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/vigil-report.png"))
          .setFullPage(true));

      page.navigate(base() + "/swagger-ui/index.html");
      assertThat(page.locator(".swagger-ui .info")).containsText("Vigil API",
          new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
      page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/vigil-swagger.png")));
    }
    assertThat(dialogs).as("no script from the report ran").isEmpty();
    assertThat(consoleErrors).as("no Content-Security-Policy violations or script errors")
        .isEmpty();
  }

  private String base() {
    return "http://localhost:" + port;
  }

  /** A few more examinations so the home page looks like a working day. */
  private void recordOtherExaminations() {
    order("Okafor", "Adaeze", "XCHES", "XR Chest", "XR", Priority.EMERGENCY_DEPARTMENT,
        PatientClass.EMERGENCY, ExamStatus.PERFORMED);
    order("Nowak", "Piotr", "MRHEAD", "MR Head", "MR", Priority.URGENT, PatientClass.INPATIENT,
        ExamStatus.SCHEDULED);
    order("Williams", "Gwen", "USABDO", "US Abdomen", "US", Priority.ROUTINE, PatientClass.GP,
        ExamStatus.REQUESTED);
    order("Khan", "Imran", "CTCOLO", "CT Colonography", "CT", Priority.TWO_WEEK_WAIT,
        PatientClass.OUTPATIENT, ExamStatus.CANCELLED);
  }

  private void order(String family, String given, String code, String name, String modality,
      Priority priority, PatientClass setting, ExamStatus status) {
    String mrn = RecordFixtures.uniqueMrn();
    var patient = new PatientDetails(List.of(new PatientIdentifier("RX1", mrn, "MR"),
        new PatientIdentifier(PatientIdentifier.NHS, WebFixtures.validNhsNumber(), "NH")),
        family, given, LocalDate.of(1961, 7, 2), Sex.U);
    record.recordOrder(patient, new OrderDetails("ACC" + mrn, "P" + mrn, null, code, name, modality,
        null, priority, setting, "Dr A Requester", "Dr B Consultant", "Medicine", "RX1-MAIN", status,
        Instant.parse("2026-11-27T08:30:00Z"), null, null), WebFixtures.ui());
  }
}
