package org.vigil.analysis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigil.analysis.FalseAlertReports;
import org.vigil.analysis.ReportReadings;
import org.vigil.record.ImagingRecord;
import org.vigil.web.WebFixtures;

/**
 * A radiologist in a real browser sees why each finding was read as it was (trigger, scope and
 * where it stopped), reports a wrong one, and the knowledge-base owner finds it listed with the
 * explanation; a script in the report text never runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "vigil.security.demo-users=true")
class FindingsExplanationBrowserIT {

  private static final String TEXT = "Findings: No pneumothorax, but a small right pleural effusion."
      + "\n" + WebFixtures.HOSTILE_TEXT + "\nImpression: Possible aortic dissection.";
  private static final Path SHOTS = Paths.get("/tmp/shots-explain");

  private static Playwright playwright;
  private static Browser browser;

  @LocalServerPort int port;
  @Autowired ImagingRecord record;
  @Autowired ReportReadings readings;
  @Autowired FalseAlertReports falseAlerts;

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
  void aRadiologistSeesWhereTheNegationStoppedAndReportsAWrongFindingThatTheManagerThenReads() {
    WebFixtures.Recorded exam = WebFixtures.examWithReport(record, "Explained", TEXT);
    await().atMost(Duration.ofSeconds(30))
        .until(() -> readings.current(exam.reportId()).isPresent());
    String findings = base() + "/reports/" + exam.reportId().value() + "/findings";
    List<String> dialogs = new CopyOnWriteArrayList<>();
    List<String> consoleErrors = new CopyOnWriteArrayList<>();
    try (BrowserContext context = browser.newContext(
        new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
      Page page = context.newPage();
      page.onDialog(d -> {
        dialogs.add(d.message());
        d.dismiss();
      });
      page.onConsoleMessage(m -> {
        if ("error".equals(m.type())) {
          consoleErrors.add(m.text());
        }
      });
      signIn(page, "radiologist");
      page.navigate(findings);
      assertThat(page.locator(".patient-banner")).containsText("EXPLAINED, Jane");
      assertThat(page.locator("#explain-version")).containsText("the version that made this reading");

      Locator negated = card(page, "Pneumothorax");
      assertThat(negated.locator(".ex-trigger.ex-negated")).hasText("No");
      assertThat(negated.locator(".ex-concept")).hasText("pneumothorax");
      assertThat(negated.locator(".ex-scope-negated").first()).containsText("No");
      assertThat(negated.locator(".ex-lines")).containsText(
          "negated: trigger 'No' (context.yaml negated, forward: \"no\")");
      assertThat(negated.locator(".ex-lines")).containsText(
          "scope ended at 'but' (a terminator word)");
      assertThat(negated.locator(".ex-lines")).containsText("so it earns NONE");

      Locator affirmed = card(page, "Pleural effusion");
      assertThat(affirmed.locator(".ex-trigger")).hasCount(0);
      assertThat(affirmed.locator(".ex-trigger-missed")).hasText("No");
      assertThat(affirmed.locator(".ex-concept")).hasText("pleural effusion");
      assertThat(affirmed.locator(".ex-lines")).containsText(
          "did not reach it: negated 'No': scope ended at 'but' (a terminator word)");

      Locator hedged = card(page, "Aortic dissection");
      assertThat(hedged.locator(".ex-trigger.ex-uncertain")).hasText("Possible");
      assertThat(hedged.locator(".ex-lines"))
          .containsText("mention-policy.yaml CRITICAL.uncertain = KEEP → CRITICAL");

      assertThat(page.locator(".report-text")).containsText("<script>alert(1)</script>");
      assertThat(page.locator("img[src=x]")).hasCount(0);
      page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("findings-explained.png"))
          .setFullPage(true));

      String csrf = page.locator("meta[name=_csrf]").getAttribute("content");
      String mark = findings + "/1/false-alert";
      assertThat(page.request().post(mark, RequestOptions.create().setForm(FormData.create()
          .set("reason", "BOGUS").set("_csrf", csrf))).status()).isEqualTo(400);
      assertThat(page.request().post(findings + "/99/false-alert", RequestOptions.create()
          .setForm(FormData.create().set("reason", "OTHER").set("_csrf", csrf))).status())
          .isEqualTo(400);
      assertThat(page.request().post(mark, RequestOptions.create().setForm(FormData.create()
          .set("reason", "OTHER"))).status()).as("no CSRF token").isEqualTo(403);
      assertThat(falseAlerts.recent(500)).noneSatisfy(r ->
          assertThat(r.report()).isEqualTo(exam.reportId()));

      affirmed.locator("summary").click();
      affirmed.locator("select[name=reason]").selectOption("NEGATION_MISSED");
      affirmed.locator("textarea[name=comment]").fill("Test: <b>not</b> really absent");
      affirmed.locator("button[type=submit]").click();
      assertThat(card(page, "Pleural effusion").locator("[role=status]")).containsText("Reported");
    }
    assertThat(falseAlerts.recent(10)).anySatisfy(r -> {
      assertThat(r.finding().concept()).isEqualTo("pleural_effusion");
      assertThat(r.reportedBy()).isEqualTo("radiologist");
      assertThat(r.explanation()).contains("Sentence: No pneumothorax, but a small right pleural"
          + " effusion.").contains("scope ended at 'but'");
    });

    try (BrowserContext context = browser.newContext(
        new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
      Page page = context.newPage();
      page.onDialog(d -> {
        dialogs.add(d.message());
        d.dismiss();
      });
      signIn(page, "referrer");
      Response denied = page.navigate(base() + "/admin/false-alerts");
      assertThat(denied.status()).isEqualTo(403);
    }
    try (BrowserContext context = browser.newContext(
        new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
      Page page = context.newPage();
      signIn(page, "manager");
      page.navigate(base() + "/admin/false-alerts");
      Locator listed = page.locator(".false-alert-report").filter(
          new Locator.FilterOptions().setHasText("pleural_effusion"));
      assertThat(listed.first()).containsText("The report says it is absent");
      assertThat(listed.first()).containsText("Test: <b>not</b> really absent");
      assertThat(listed.first()).containsText("did not reach it: negated 'No'");
      page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("false-alerts.png"))
          .setFullPage(true));
    }
    assertThat(dialogs).as("no script from the report or the comment ran").isEmpty();
    assertThat(consoleErrors).as("no CSP violations or script errors").isEmpty();
  }

  private static Locator card(Page page, String name) {
    return page.locator("article.explanation").filter(new Locator.FilterOptions()
        .setHas(page.locator("h3", new Page.LocatorOptions().setHasText(name)))).first();
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
