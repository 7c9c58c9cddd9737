package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designcontest.it.support.ContestApi.bearer;
import static org.designcontest.it.support.ContestApi.expect;
import static org.designcontest.it.support.ContestApi.idOf;
import static org.designcontest.it.support.ContestApi.json;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.designcontest.it.support.Accessibility;
import org.designcontest.it.support.Browser;
import org.designcontest.it.support.ContestApi;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.FailurePage;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.Images;
import org.designcontest.it.support.PageSession;
import org.designcontest.it.support.TestDatabase;
import org.designcontest.it.support.pages.EarningsPage;
import org.designcontest.it.support.pages.HandoverPage;
import org.designcontest.it.support.pages.SignInPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The handover and earnings pages in a real browser: a contest played to an award through the API,
 * then the winner uploads a PNG and a PDF, is refused a file that is neither, and accepts the
 * transfer; the company downloads a file and approves; the winner's earnings show the prize paid
 * out next to another one still pending. A losing designer, another company and a visitor see and
 * fetch nothing, and change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class HandoverPagesIT {

  private static final String PASSWORD = "correct horse battery";
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private ContestApi api;
  private long companyStaff;
  private String company;
  private long winner;
  private long loser;
  private String winnerToken;
  private String loserToken;

  @BeforeEach
  void aCompanyAndTwoDesigners() {
    http = new Http(deployment);
    api = new ContestApi(http);
    companyStaff = TestDatabase.newCompanyStaff();
    company = bearer(companyStaff);
    winner = TestDatabase.newDesigner();
    loser = TestDatabase.newDesigner();
    winnerToken = bearer(winner);
    loserToken = bearer(loser);
    TestDatabase.setPassword(companyStaff, PASSWORD);
    TestDatabase.setPassword(winner, PASSWORD);
    TestDatabase.setPassword(loser, PASSWORD);
  }

  @Test
  void theWinnerDeliversTheCompanyApprovesAndTheEarningsSaySo() throws Exception {
    String title = "Harbour cafe logo " + UUID.randomUUID().toString().substring(0, 8);
    long contest = awarded(title, 800);
    long pending =
        awarded("Ferry timetable icon " + UUID.randomUUID().toString().substring(0, 8), 500);
    Path dir = Files.createTempDirectory("handover");
    Path png = Files.write(dir.resolve("logo-final.png"), Images.png(320, 200));
    Path pdf = Files.write(dir.resolve("brand-guide.pdf"), PDF);
    Path fake = Files.write(dir.resolve("notes.png"), "just some text".getBytes());
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);

    ChromeDriver browser = Browser.open();
    try {
      browser.manage().window().setSize(new Dimension(1280, 900));
      String app = http.app("").toString();
      HandoverPage page = new HandoverPage(browser, http);

      // the winner: status, two files at once, a refused one, the acceptance
      signIn(browser, winner);
      page.open(contest);
      assertThat(page.nextStep()).startsWith("Your turn: upload your final files");
      assertThat(page.winner()).isEqualTo("You");
      assertThat(page.offersAcceptance()).isFalse();
      page.upload(png, pdf);
      assertThat(page.fileNames()).containsExactly("logo-final.png", "brand-guide.pdf");
      assertThat(page.nextStep()).startsWith("Your turn: when all your final files are here");
      assertThat(files(contest)).isEqualTo(2);

      assertThat(page.uploadRefused(fake))
          .contains("notes.png")
          .contains("Send a PNG, JPEG, WebP, PDF, ZIP or Photoshop file.");
      assertThat(files(contest)).as("nothing stored").isEqualTo(2);
      page.open(contest); // a fresh view: the refused file is not listed
      assertThat(page.fileNames()).containsExactly("logo-final.png", "brand-guide.pdf");
      assertThat(page.offersAcceptance()).isTrue();
      Accessibility.assertNoSeriousViolations(browser, "the handover page (winner)");
      Files.write(
          shots.resolve("handover-designer.png"), browser.getScreenshotAs(OutputType.BYTES));

      // others cannot see the handover or fetch its files, and change nothing
      String pngHref = page.downloadHref("logo-final.png");
      String pngPath = pngHref.substring(pngHref.indexOf("handover-file.xhtml"));
      assertOutsidersSeeNothing(contest, pngPath);

      assertThat(page.acceptTransfer()).contains("You accepted the transfer of rights");
      assertThat(page.nextStep()).startsWith("Waiting for the company to approve the handover");
      assertThat(browser.manage().logs().get("browser").getAll())
          .as("uploads, confirmation and redirect under the page's CSP")
          .noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
      assertThat(page.offersAcceptance()).isFalse();
      assertThat(browser.findElements(By.cssSelector("#upload input[type=file]")))
          .as("the files are final")
          .isEmpty();
      assertThat(
              TestDatabase.count(
                  "select count(*) from contest where id = ? and transfer_accepted_at is not null",
                  contest))
          .isEqualTo(1);

      // the company: status, the winner revealed, a download, the approval
      browser.manage().deleteAllCookies();
      signIn(browser, companyStaff);
      page.open(contest);
      assertThat(page.nextStep()).startsWith("Your turn: check the final files and approve");
      assertThat(page.winner())
          .contains(TestDatabase.text("select display_name from account where id = ?", winner));
      assertThat(page.fileNames()).containsExactly("logo-final.png", "brand-guide.pdf");
      String session = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
      HttpResponse<byte[]> download =
          http.getBytes(URI.create(page.downloadHref("brand-guide.pdf")), "Cookie", session);
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.body()).isEqualTo(PDF);
      assertThat(download.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/pdf");
      assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
          .startsWith("attachment;")
          .contains("filename=\"brand-guide.pdf\"");
      assertThat(http.getBytes(URI.create(pngHref), "Cookie", session).body())
          .isEqualTo(Files.readAllBytes(png));
      Accessibility.assertNoSeriousViolations(browser, "the handover page (company)");
      screenshot(browser, shots.resolve("handover-company.png"));

      assertThat(page.approve()).contains("You approved the handover");
      assertThat(page.nextStep()).startsWith("The handover is approved");
      assertThat(page.offersApproval()).isFalse();
      assertThat(TestDatabase.text("select stage from contest where id = ?", contest))
          .isEqualTo("COMPLETED");
      assertThat(
              TestDatabase.count(
                  "select count(*) from prize_ledger where contest_id = ? and kind = 'RELEASED'",
                  contest))
          .isEqualTo(1);

      // the winner's earnings: one prize paid out, one pending, the totals
      browser.manage().deleteAllCookies();
      signIn(browser, winner);
      EarningsPage earnings = new EarningsPage(browser, http).openFromHeader();
      assertThat(earnings.paidOut(contest)).isTrue();
      assertThat(earnings.prize(contest)).contains("800").contains("EUR").contains("Paid out");
      assertThat(earnings.awarded(contest)).contains("chosen by the company");
      assertThat(earnings.handoverState(contest)).startsWith("Approved by the company");
      assertThat(earnings.paidOut(pending)).isFalse();
      assertThat(earnings.prize(pending)).contains("500").contains("Pending");
      assertThat(earnings.handoverState(pending)).startsWith("Your turn: upload");
      assertThat(earnings.paidOutTotal("EUR")).isEqualTo("800.00");
      assertThat(earnings.pendingTotal("EUR")).isEqualTo("500.00");
      Accessibility.assertNoSeriousViolations(browser, "the earnings page");
      Files.write(shots.resolve("earnings.png"), browser.getScreenshotAs(OutputType.BYTES));
      browser.manage().window().setSize(new Dimension(390, 844)); // a phone
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(
              d ->
                  (Boolean)
                      browser.executeScript("return document.documentElement.clientWidth <= 400;"));
      Files.write(shots.resolve("earnings-phone.png"), browser.getScreenshotAs(OutputType.BYTES));
    } catch (RuntimeException | AssertionError failed) {
      FailurePage.keep(browser, "handover-failure");
      throw failed;
    } finally {
      browser.quit();
    }
  }

  @Test
  void visitorsAreSentToSignInAndCompaniesHaveNoEarningsPage() {
    HttpResponse<String> page = http.get(http.app("handover.xhtml?contest=1"));
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login.xhtml");
    assertThat(http.get(http.app("earnings.xhtml")).statusCode()).isEqualTo(302);
    assertThat(http.getBytes(http.app("handover-file.xhtml?contest=1&file=1")).statusCode())
        .isEqualTo(404);

    PageSession staff = new PageSession(http);
    staff.signIn(email(companyStaff), PASSWORD, false);
    HttpResponse<String> earnings = staff.get("earnings.xhtml");
    assertThat(earnings.statusCode()).isEqualTo(403);
    assertThat(earnings.body()).contains("This page is not for your account");
    assertThat(staff.get("handover.xhtml").statusCode()).as("no contest named").isEqualTo(404);
  }

  /** A losing designer and another company's staff: 404 page and file, and nothing changes. */
  private void assertOutsidersSeeNothing(long contest, String filePath) {
    String before = state(contest);
    long otherStaff = TestDatabase.newCompanyStaff();
    TestDatabase.setPassword(otherStaff, PASSWORD);
    for (long outsider : new long[] {loser, otherStaff}) {
      PageSession session = new PageSession(http);
      session.signIn(email(outsider), PASSWORD, false);
      HttpResponse<String> page = session.get("handover.xhtml?contest=" + contest);
      assertThat(page.statusCode()).as("the handover page for " + outsider).isEqualTo(404);
      assertThat(page.body())
          .contains("We could not find that page")
          .doesNotContain("logo-final.png")
          .doesNotContain("Final files");
      HttpResponse<String> file = session.get(filePath);
      assertThat(file.statusCode()).as("a final file for " + outsider).isEqualTo(404);
      assertThat(file.body()).doesNotStartWith("\u0089PNG");
    }
    assertThat(api.get("contests/" + contest + "/handover", loserToken).statusCode())
        .isEqualTo(404);
    assertThat(state(contest)).as("nothing changed").isEqualTo(before);
  }

  /** A contest whose winner is {@code winner} (chosen by the company), in its handover. */
  private long awarded(String title, int prize) {
    long contest =
        idOf(
            api.post(
                "contests",
                company,
                ("{\"title\": \"%s\", \"category\": \"logo\", \"prize\": %d, \"currency\": \"EUR\","
                        + " \"finalistCount\": 2}")
                    .formatted(title, prize)));
    expect(200, api.post("contests/" + contest + "/launch", company, null));
    long winning = api.submit(contest, winnerToken, "Wave", 61);
    long losing = api.submit(contest, loserToken, "Anchor", 62);
    int first = api.numberOf(company, contest, winning);
    int second = api.numberOf(company, contest, losing);
    json(
        api.post(
            "contests/" + contest + "/finalists",
            company,
            "{\"designers\": [" + first + ", " + second + "]}"));
    ContestApi.passDeadline(contest);
    api.awaitStage(company, contest, "WINNER_SELECTION");
    assertThat(
            json(api.post(
                    "contests/" + contest + "/winner", company, "{\"entry\": " + winning + "}"))
                .getString("stage"))
        .isEqualTo("HANDOVER");
    return contest;
  }

  private static long files(long contest) {
    return TestDatabase.count("select count(*) from handover_file where contest_id = ?", contest);
  }

  private static String state(long contest) {
    return TestDatabase.text(
        "select stage || '/' || coalesce(transfer_accepted_at::text, '-') || '/'"
            + " || coalesce(completed_at::text, '-') || '/' || (select count(*) from handover_file"
            + " where contest_id = c.id) from contest c where id = ?",
        contest);
  }

  private static String email(long account) {
    return TestDatabase.text("select email from account where id = ?", account);
  }

  private void signIn(ChromeDriver browser, long account) {
    new SignInPage(browser, http).signIn(email(account), PASSWORD);
  }

  /** What the browser shows (its viewport), as a PNG. */
  private static void screenshot(ChromeDriver browser, Path file) throws IOException {
    Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
  }
}
