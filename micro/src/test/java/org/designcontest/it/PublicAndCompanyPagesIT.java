package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designcontest.it.support.ContestApi.bearer;
import static org.designcontest.it.support.ContestApi.expect;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.designcontest.it.support.Accessibility;
import org.designcontest.it.support.Browser;
import org.designcontest.it.support.ContestApi;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.FailurePage;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.Images;
import org.designcontest.it.support.TestDatabase;
import org.designcontest.it.support.pages.ContestListPage;
import org.designcontest.it.support.pages.ContestPage;
import org.designcontest.it.support.pages.HomePage;
import org.designcontest.it.support.pages.MyContestsPage;
import org.designcontest.it.support.pages.NewContestWizard;
import org.designcontest.it.support.pages.SignInPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public pages and the company's own, in Chromium: an anonymous visitor browses the home page,
 * the contest list (filters that filter, bad filters with messages) and a contest page (countdown,
 * published rule, entry count, a sanitised brief, reference files); a company runs the
 * create-contest wizard to its launch (one refused input on the way) and finds the contest on its
 * dashboard with its next action; a designer gets the 403 page for both. Axe on every page.
 */
@ExtendWith(ArquillianExtension.class)
class PublicAndCompanyPagesIT {

  private static final String PASSWORD = "correct horse battery";
  private static final Path SHOTS = Path.of("target", "screenshots");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private ContestApi api;
  private ChromeDriver browser;
  private WebDriverWait wait;
  private String tag;

  @BeforeEach
  void setUp() throws Exception {
    http = new Http(deployment);
    api = new ContestApi(http);
    tag = "Pg" + UUID.randomUUID().toString().substring(0, 6);
    Files.createDirectories(SHOTS);
    browser = Browser.open();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void tearDown() {
    if (browser != null) {
      browser.quit();
    }
    TestDatabase.execute("delete from login_failure where throttle_key like 'address:%'");
  }

  @Test
  void aVisitorBrowsesTheHomePageTheListAndAContest() throws Exception {
    String company = bearer(TestDatabase.newCompanyStaff());
    String alpha = tag + " Alpha logo";
    String beta = tag + " Beta packaging";
    String gamma = tag + " Gamma logo";
    long a =
        draft(
            company,
            alpha,
            "logo",
            800,
            "EUR",
            7,
            "<p>Hello <b>bold</b> world</p><script>window.pwned = true;</script>"
                + "<p onclick=\"window.pwned = true\">click me</p>"
                + "<img src=\"x\" onerror=\"window.pwned = true\">");
    expect(201, api.upload("contests/" + a + "/references", company, Images.png(7)));
    long b = draft(company, beta, "packaging", 2000, "USD", 3, "<p>A box.</p>");
    long c = draft(company, gamma, "logo", 300, "USD", 14, "Plain text\non two lines");
    for (long contest : new long[] {a, b, c}) {
      expect(200, api.post("contests/" + contest + "/launch", company, null));
    }
    api.submit(a, bearer(TestDatabase.newDesigner()), "Wave", 61);

    try {
      // home
      HomePage home = new HomePage(browser, http).open();
      assertThat(home.heading()).contains("judged blind");
      assertThat(home.intro())
          .contains("Blind judging", "A published award rule", "No abandoned contests");
      assertThat(home.endingSoon()).isNotEmpty();
      assertThat(home.signUpDesignerHref()).endsWith("signup.xhtml");
      assertThat(home.signUpCompanyHref()).endsWith("signup-company.xhtml");
      Accessibility.assertNoSeriousViolations(browser, "the home page");
      shot("home");

      // the list: every filter really filters
      ContestListPage list = home.allContests();
      Accessibility.assertNoSeriousViolations(browser, "the contest list");
      list.filter(tag, "Logo", "", "", "Ending soon");
      assertThat(list.titles()).containsExactly(alpha, gamma);
      assertThat(browser.getCurrentUrl()).contains("q=" + tag, "category=logo");
      list.filter(tag, "Any category", "1000", "", null);
      assertThat(list.titles()).containsExactly(beta);
      list.filter(tag, null, "", "5", null);
      assertThat(list.titles()).containsExactly(beta);
      list.filter(tag, null, "", "", "Highest prize");
      assertThat(list.titles()).containsExactly(beta, alpha, gamma);
      list.filter(tag, null, "", "", "Newest");
      assertThat(list.titles()).containsExactlyInAnyOrder(alpha, beta, gamma);

      // bad filters: a message next to each, the rest of the filter still applies, no 500
      list.filter(tag, null, "-5", "99", "Ending soon");
      assertThat(list.messageFor("minPrize")).contains("cannot be negative");
      assertThat(list.messageFor("days")).contains("0 to 60 days");
      assertThat(list.titles()).containsExactly(beta, alpha, gamma);
      assertThat(list.valueOf("minPrize")).isEqualTo("-5");
      Accessibility.assertNoSeriousViolations(browser, "the contest list with refused filters");
      shot("contest-list-refused");
      list.openWith("q=" + "x".repeat(101));
      assertThat(list.messageFor("q")).contains("at most 100 characters");
      list.openWith("minPrize=lots&q=" + tag);
      assertThat(list.messageFor("minPrize")).contains("Say an amount");
      assertThat(list.resultCount()).isEqualTo(3);

      // bookmarkable: the URL is the filter
      list.openWith("q=" + tag + "&category=logo&sort=PRIZE");
      assertThat(list.titles()).containsExactly(alpha, gamma);
      assertThat(list.valueOf("category")).isEqualTo("logo");
      shot("contest-list");

      // the contest page
      ContestPage page = list.openContest(alpha);
      assertThat(page.title()).isEqualTo(alpha);
      assertThat(page.stage()).isEqualTo("Open for entries");
      assertThat(page.category()).isEqualTo("Logo");
      assertThat(page.prize()).contains("800", "EUR");
      assertThat(page.entries()).isEqualTo("1 entry");
      assertThat(page.deadline()).endsWith("UTC");
      assertThat(Instant.parse(page.deadlineDatetime()))
          .isBetween(
              Instant.now().plus(Duration.ofDays(6)), Instant.now().plus(Duration.ofDays(8)));
      wait.until(d -> page.countdownTicking());
      assertThat(page.timeLeft()).matches("\\d+ days? \\d+ hours? left");
      assertThat(page.atDeadline()).contains("Entries close");
      assertThat(page.rule())
          .contains("the platform picks", "best-rated live entries")
          .contains("the platform awards", "latest revision has the best rating");
      // the brief: formatting kept, script and handlers gone from the DOM
      assertThat(page.briefHtml()).contains("<b>bold</b>").contains("click me");
      assertThat(page.briefHtml()).doesNotContain("<script", "onclick", "onerror", "pwned");
      assertThat(browser.findElements(By.cssSelector("#contest-brief script"))).isEmpty();
      assertThat(browser.findElements(By.cssSelector("#contest-brief [onclick], [onerror]")))
          .isEmpty();
      assertThat(page.brief().findElement(By.tagName("b")).getText()).isEqualTo("bold");
      assertThat(browser.getPageSource()).doesNotContain("pwned");
      assertThat(browser.executeScript("return typeof window.pwned;")).isEqualTo("undefined");
      // reference files, downloadable by anyone who may see the contest
      assertThat(page.referenceFiles()).containsExactly("upload");
      HttpResponse<byte[]> file = http.getBytes(java.net.URI.create(page.referenceHref("upload")));
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
      assertThat(file.body()).isEqualTo(Images.png(7));
      assertThat(page.actions().getAttribute("aria-label")).isEqualTo("Contest actions");
      Accessibility.assertNoSeriousViolations(browser, "the contest page");
      shot("contest-page");

      // a plain-text brief keeps its lines; another contest's page
      new ContestPage(browser, http).open(c);
      assertThat(new ContestPage(browser, http).briefHtml()).contains("Plain text\non two lines");

      // a phone
      browser.manage().window().setSize(new Dimension(390, 844));
      new ContestPage(browser, http).open(a);
      Accessibility.assertNoSeriousViolations(browser, "the contest page on a phone");
      shot("contest-page-phone");
      new ContestListPage(browser, http).openWith("q=" + tag);
      shot("contest-list-phone");
      browser.manage().window().setSize(new Dimension(1280, 900));

      // unknown contests and files are 404s
      assertThat(http.get(http.app("contest.xhtml?id=99999999")).statusCode()).isEqualTo(404);
      assertThat(
              http.get(http.app("contest-reference.xhtml?contest=" + a + "&file=99999999"))
                  .statusCode())
          .isEqualTo(404);
    } catch (RuntimeException | AssertionError e) {
      FailurePage.keep(browser, "public-pages-failure");
      throw e;
    }
  }

  @Test
  void aCompanyRunsTheWizardLaunchesAndSeesItsDashboard() throws Exception {
    long owner = TestDatabase.newCompanyStaff();
    TestDatabase.setPassword(owner, PASSWORD);
    String email = TestDatabase.text("select email from account where id = ?", owner);
    String company = bearer(owner);
    // another of the company's contests, waiting for its finalists; another company's contest
    long waiting = draft(company, tag + " Waiting", "logo", 400, "USD", 7, "<p>x</p>");
    expect(200, api.post("contests/" + waiting + "/launch", company, null));
    TestDatabase.execute(
        "update contest set stage = 'FINALIST_SELECTION', deadline_at = now() + interval '3 days'"
            + " where id = ?",
        waiting);
    String stranger = bearer(TestDatabase.newCompanyStaff());
    long strangers = draft(stranger, tag + " Not ours", "logo", 400, "USD", 7, "<p>x</p>");
    String title = tag + " Wizard logo";

    try {
      new SignInPage(browser, http).signIn(email, PASSWORD);
      assertThat(MyContestsPage.offeredIn(browser)).isTrue();

      NewContestWizard wizard = new NewContestWizard(browser, http).open();
      assertThat(wizard.step()).isEqualTo("1. Brief");
      Accessibility.assertNoSeriousViolations(browser, "the wizard's brief step");
      // a refusal of the service next to its field, nothing saved
      wizard.brief(" ", "Logo", "<p>x</p>");
      assertThat(wizard.messageFor("title")).contains("needs a title");
      assertThat(
              TestDatabase.count(
                  "select count(*) from contest where title like ?", tag + " Wizard%"))
          .isZero();

      wizard.brief(
          title,
          "Logo",
          "<p>We need a <b>logo</b> for a bakery.</p><script>window.pwned = true;</script>");
      assertThat(wizard.step()).isEqualTo("2. Reference files");
      long draft = wizard.draftId();
      assertThat(
              TestDatabase.count(
                  "select count(*) from contest where id = ? and stage = 'DRAFT' and title = ?",
                  draft,
                  title))
          .isEqualTo(1);
      Accessibility.assertNoSeriousViolations(browser, "the wizard's files step");

      // a reload loses nothing
      wizard.open(draft, "brief");
      assertThat(wizard.valueOf("title")).isEqualTo(title);
      wizard.open(draft, "files");
      Path moodboard = Files.createTempDirectory("wizard").resolve("moodboard.png");
      Files.write(moodboard, Images.png(9));
      wizard.attach(moodboard);
      assertThat(wizard.attachedFiles()).containsExactly("moodboard.png");
      Path notAnImage = moodboard.resolveSibling("notes.txt");
      Files.writeString(notAnImage, "just text");
      wizard.attach(notAnImage);
      assertThat(wizard.messageFor("file")).isNotBlank();
      assertThat(wizard.attachedFiles()).containsExactly("moodboard.png");

      wizard.continueToPrize();
      assertThat(wizard.step()).isEqualTo("3. Prize");
      Accessibility.assertNoSeriousViolations(browser, "the wizard's prize step");
      // the one bad input: a message next to the field, nothing changed, nothing launched
      wizard.prize("-5", "EUR");
      assertThat(wizard.messageFor("prize")).contains("more than zero");
      assertThat(browser.findElement(By.cssSelector(".wizard-for")).getText())
          .startsWith("For Company ");
      assertThat(wizard.step()).isEqualTo("3. Prize");
      assertThat(
              TestDatabase.count(
                  "select count(*) from contest where id = ? and stage = 'DRAFT'"
                      + " and prize_amount = 500 and prize_currency = 'USD'",
                  draft))
          .isEqualTo(1);
      assertThat(
              TestDatabase.count("select count(*) from prize_ledger where contest_id = ?", draft))
          .isZero();
      Accessibility.assertNoSeriousViolations(browser, "the wizard's prize step with a refusal");
      shot("new-contest-wizard");

      wizard.prize("1200", "EUR");
      assertThat(wizard.step()).isEqualTo("4. Finalists and rounds");
      Accessibility.assertNoSeriousViolations(browser, "the wizard's rounds step");
      wizard.rounds(3, 5, null, null, null);
      assertThat(wizard.step()).isEqualTo("5. Preview and launch");
      assertThat(wizard.preview().getText())
          .contains(title, "Logo", "EUR", "up to 3", "5 days for entries", "the platform awards");
      String preview = wizard.preview().getAttribute("innerHTML");
      assertThat(preview)
          .contains("<b>logo</b>", "moodboard.png")
          .doesNotContain("<script", "pwned");
      Accessibility.assertNoSeriousViolations(browser, "the wizard's preview");
      shot("new-contest-preview");

      ContestPage launched = wizard.launch();
      assertThat(launched.title()).isEqualTo(title);
      assertThat(launched.stage()).isEqualTo("Open for entries");
      assertThat(browser.findElement(By.id("flash")).getText())
          .isEqualTo("Your contest is open for entries.");
      assertThat(
              TestDatabase.count(
                  "select count(*) from contest where id = ? and stage = 'OPEN'"
                      + " and prize_amount = 1200 and prize_currency = 'EUR' and finalist_count = 3"
                      + " and open_days = 5",
                  draft))
          .isEqualTo(1);

      // a second draft, left unfinished
      NewContestWizard second = new NewContestWizard(browser, http).open();
      second.brief(tag + " Unfinished", "Print", "<p>later</p>");
      long unfinished = second.draftId();

      MyContestsPage dashboard = new MyContestsPage(browser, http).open();
      assertThat(dashboard.titles())
          .contains(title, tag + " Waiting", tag + " Unfinished")
          .doesNotContain(tag + " Not ours");
      assertThat(dashboard.stageOf(draft)).isEqualTo("Open for entries");
      assertThat(dashboard.entriesOf(draft)).isEqualTo("0");
      assertThat(dashboard.deadlineOf(draft)).contains("UTC", "left");
      assertThat(dashboard.nextActionOf(draft)).contains("entries close before");
      assertThat(dashboard.needsMe(draft)).isFalse();
      assertThat(dashboard.nextActionOf(waiting))
          .startsWith("Your next step:")
          .contains("Pick up to 2 finalists before", "UTC");
      assertThat(dashboard.needsMe(waiting)).isTrue();
      assertThat(dashboard.stageOf(unfinished)).isEqualTo("Draft");
      assertThat(dashboard.nextActionOf(unfinished)).contains("Finish the brief and launch");
      Accessibility.assertNoSeriousViolations(browser, "the My contests page");
      shot("my-contests");

      // another company's draft is not found through the wizard
      new NewContestWizard(browser, http).open(strangers, "prize");
      assertThat(browser.findElement(By.tagName("h1")).getText()).doesNotContain("New contest");
      assertThat(
              TestDatabase.count(
                  "select count(*) from contest where id = ? and stage = 'DRAFT'", strangers))
          .isEqualTo(1);
    } catch (RuntimeException | AssertionError e) {
      FailurePage.keep(browser, "company-pages-failure");
      throw e;
    }
  }

  @Test
  void aDesignerMayNotUseTheWizardOrTheDashboard() throws Exception {
    long designer = TestDatabase.newDesigner();
    TestDatabase.setPassword(designer, PASSWORD);
    String email = TestDatabase.text("select email from account where id = ?", designer);

    HttpResponse<String> anonymous = http.get(http.app("new-contest.xhtml"));
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login.xhtml");
    try {
      new SignInPage(browser, http).signIn(email, PASSWORD);
      assertThat(MyContestsPage.offeredIn(browser)).isFalse();
      new NewContestWizard(browser, http).open();
      assertThat(browser.findElement(By.tagName("h1")).getText())
          .isEqualTo("This page is not for your account");
      assertThat(browser.findElements(By.id("wizard:saveBrief"))).isEmpty();
      Accessibility.assertNoSeriousViolations(browser, "the 403 page");
      new MyContestsPage(browser, http).open();
      assertThat(browser.findElement(By.tagName("h1")).getText())
          .isEqualTo("This page is not for your account");
      assertThat(TestDatabase.count("select count(*) from contest where drafted_by = ?", designer))
          .isZero();
    } catch (RuntimeException | AssertionError e) {
      FailurePage.keep(browser, "designer-403-failure");
      throw e;
    }
  }

  /** A contest drafted through the API with a brief in HTML; returns its id. */
  private long draft(
      String company,
      String title,
      String category,
      int prize,
      String currency,
      int openDays,
      String description) {
    String body =
        Json.createObjectBuilder()
            .add("title", title)
            .add("category", category)
            .add("description", description)
            .add("prize", new BigDecimal(prize))
            .add("currency", currency)
            .add("finalistCount", 2)
            .add("openDays", openDays)
            .build()
            .toString();
    return ContestApi.idOf(api.post("contests", company, body));
  }

  private void shot(String name) throws java.io.IOException {
    Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
