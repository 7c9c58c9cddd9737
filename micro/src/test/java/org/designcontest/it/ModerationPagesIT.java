package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designcontest.it.support.ContestApi.expect;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.designcontest.it.support.Accessibility;
import org.designcontest.it.support.Browser;
import org.designcontest.it.support.ContestApi;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.FailurePage;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.PageSession;
import org.designcontest.it.support.TestDatabase;
import org.designcontest.it.support.pages.ModerationPages;
import org.designcontest.it.support.pages.ModerationPages.Accounts;
import org.designcontest.it.support.pages.ModerationPages.Contests;
import org.designcontest.it.support.pages.ModerationPages.History;
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

/**
 * The moderators' pages in a real browser: a moderator suspends and restores a designer (who cannot
 * sign in meanwhile), is refused suspending themselves, cancels an open contest, and awards a
 * contest by hand (a short reason refused next to its field first); the history shows who did what.
 * Designers and company staff get the friendly 403 and change nothing; unknown pages and contests
 * get the friendly 404, a stale form the friendly error page, and the API keeps its problem+json.
 * Every page passes the accessibility check.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationPagesIT {

  private static final String PASSWORD = "correct horse battery";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private ContestApi api;
  private URI app;
  private long moderator;
  private String moderatorEmail;

  @BeforeEach
  void aModerator() {
    http = new Http(deployment);
    api = new ContestApi(http);
    app = http.app("");
    moderator = TestDatabase.newAccount("MODERATOR");
    TestDatabase.setPassword(moderator, PASSWORD);
    moderatorEmail = email(moderator);
  }

  @Test
  void aModeratorSuspendsAndRestoresADesigner() throws Exception {
    long designer = TestDatabase.newDesigner();
    TestDatabase.setPassword(designer, PASSWORD);
    String designerEmail = email(designer);
    ChromeDriver browser = Browser.open();
    try {
      ModerationPages.signIn(browser, app, moderatorEmail, PASSWORD);
      browser.findElement(By.id("moderationLink")).click();
      assertThat(ModerationPages.heading(browser)).isEqualTo("Contests");
      browser.findElement(By.linkText("Accounts")).click();
      assertThat(ModerationPages.heading(browser)).isEqualTo("Accounts");
      Accessibility.assertNoSeriousViolations(browser, "the moderators' accounts page");

      Accounts accounts = Accounts.open(browser, app).search(designerEmail, false);
      assertThat(accounts.emails()).containsExactly(designerEmail);
      assertThat(accounts.status(designerEmail)).isEqualTo("Active");
      assertThat(accounts.askSuspend(designerEmail)).contains("Suspend").contains(designerEmail);
      Accessibility.assertNoSeriousViolations(browser, "the accounts page asking to confirm");
      accounts.confirm();
      assertThat(ModerationPages.flash(browser)).contains("is suspended");
      assertThat(accounts.status(designerEmail)).startsWith("Suspended since");
      assertThat(suspended(designer)).isTrue();
      assertThat(new PageSession(http).signIn(designerEmail, PASSWORD, false).body())
          .as("the suspended designer cannot sign in")
          .contains("The email address or the password is not right.");

      accounts.search(designerEmail, true);
      assertThat(accounts.emails()).containsExactly(designerEmail);
      shot(browser, "moderation-accounts.png");

      // refused by the services: a moderator suspending themselves; shown, nothing changed
      accounts.search(moderatorEmail, false);
      accounts.askSuspend(moderatorEmail);
      accounts.confirm();
      assertThat(accounts.refusal())
          .contains("Moderators cannot suspend themselves.")
          .contains("Nothing was changed.");
      assertThat(suspended(moderator)).isFalse();

      accounts.search(designerEmail, true);
      assertThat(accounts.askRestore(designerEmail)).contains("Restore");
      accounts.confirm();
      assertThat(ModerationPages.flash(browser)).contains("is restored");
      assertThat(suspended(designer)).isFalse();
      assertThat(accounts.emails()).as("no longer among the suspended").isEmpty();
      HttpResponse<String> signedIn = new PageSession(http).signIn(designerEmail, PASSWORD, false);
      assertThat(signedIn.uri().getPath()).doesNotContain("login.xhtml");
    } catch (RuntimeException | AssertionError e) {
      FailurePage.keep(browser, "moderation-failure-accounts");
      throw e;
    } finally {
      browser.quit();
    }
  }

  @Test
  void aModeratorCancelsAnOpenContestAndSeesItInTheHistory() throws Exception {
    String company = ContestApi.bearer(TestDatabase.newCompanyStaff());
    String title = "Cancel me " + unique();
    long contest = api.draft(company, title);
    expect(200, api.post("contests/" + contest + "/launch", company, null));
    ChromeDriver browser = Browser.open();
    try {
      ModerationPages.signIn(browser, app, moderatorEmail, PASSWORD);
      Contests contests = Contests.open(browser, app).search(title, "OPEN");
      assertThat(contests.stage(title)).isEqualTo("Open for entries");
      assertThat(contests.deadline(title)).endsWith("UTC");
      Accessibility.assertNoSeriousViolations(browser, "the moderators' contests page");
      assertThat(contests.askCancel(title)).contains(title);
      Accessibility.assertNoSeriousViolations(browser, "the contests page asking to confirm");
      contests.confirmCancel();
      assertThat(ModerationPages.flash(browser)).contains("is cancelled");
      assertThat(stage(contest)).isEqualTo("CANCELLED");
      contests.search(title, null);
      assertThat(contests.stage(title)).isEqualTo("Cancelled");

      contests.openHistory(title);
      History history = History.open(browser, app, contest);
      assertThat(history.awaitLine("Contest cancelled")).contains("Moderator " + displayName());
      assertThat(history.lines()).anyMatch(line -> line.contains("Contest launched"));
      assertThat(history.stage()).isEqualTo("Cancelled");
      Accessibility.assertNoSeriousViolations(browser, "the contest history page");
    } catch (RuntimeException | AssertionError e) {
      FailurePage.keep(browser, "moderation-failure-cancel");
      throw e;
    } finally {
      browser.quit();
    }
  }

  @Test
  void aModeratorAwardsByHandAfterAShortReasonIsRefused() throws Exception {
    String company = ContestApi.bearer(TestDatabase.newCompanyStaff());
    String title = "Award me " + unique();
    long contest = api.draft(company, title);
    expect(200, api.post("contests/" + contest + "/launch", company, null));
    long first =
        api.submit(contest, ContestApi.bearer(TestDatabase.newDesigner()), "Blue mark", 11);
    api.submit(contest, ContestApi.bearer(TestDatabase.newDesigner()), "Red mark", 12);
    TestDatabase.execute(
        "update contest set stage = 'WINNER_SELECTION', deadline_at = now() + interval '14 days'"
            + " where id = ?",
        contest);
    String reason = "The company asked us to decide after a dispute.";
    ChromeDriver browser = Browser.open();
    try {
      ModerationPages.signIn(browser, app, moderatorEmail, PASSWORD);
      Contests contests = Contests.open(browser, app).search(title, "WINNER_SELECTION");
      assertThat(contests.stage(title)).isEqualTo("Winner being chosen");
      contests.startAward(title);
      assertThat(contests.awardCaptions())
          .containsExactlyInAnyOrder("Designer 1: “Blue mark”", "Designer 2: “Red mark”");
      ModerationPages.waiting(browser).until(d -> contests.thumbnailsLoaded());

      contests.choose("Designer 1").reason("short");
      assertThat(contests.review()).contains("Designer 1").contains(title);
      contests.confirmAward();
      assertThat(contests.reasonMessage()).contains("10 to 250 characters");
      assertThat(contests.awarding()).isTrue();
      assertThat(winner(contest)).as("nothing changed").isEqualTo("WINNER_SELECTION -");
      Accessibility.assertNoSeriousViolations(browser, "the award step with a refused reason");
      contests.reason(reason);
      browser.executeScript("window.scrollTo(0, 0);");
      shot(browser, "moderation-contests-award.png");

      contests.review();
      contests.confirmAward();
      assertThat(ModerationPages.flash(browser)).contains("is awarded to Designer 1");
      assertThat(winner(contest)).isEqualTo("HANDOVER MODERATOR " + first);

      History history = History.open(browser, app, contest);
      assertThat(history.awaitLine("Winner chosen"))
          .contains("Designer 1’s entry")
          .contains("Moderator " + displayName())
          .contains("Awarded by a moderator: " + reason);
      Accessibility.assertNoSeriousViolations(browser, "the contest history page");
      shot(browser, "contest-history.png");
      browser.manage().window().setSize(new Dimension(390, 844));
      shot(browser, "contest-history-phone.png");
    } catch (RuntimeException | AssertionError e) {
      FailurePage.keep(browser, "moderation-failure-award");
      throw e;
    } finally {
      browser.quit();
    }
  }

  @Test
  void designersAndCompaniesGetTheForbiddenPageAndChangeNothing() throws Exception {
    long otherCompany = TestDatabase.newCompanyStaff();
    String company = ContestApi.bearer(TestDatabase.newCompanyStaff());
    long contest = api.draft(company, "Not theirs " + unique());
    expect(200, api.post("contests/" + contest + "/launch", company, null));
    long designer = TestDatabase.newDesigner();
    for (long someone : new long[] {designer, otherCompany}) {
      TestDatabase.setPassword(someone, PASSWORD);
      PageSession session = new PageSession(http);
      session.signIn(email(someone), PASSWORD, false);
      for (String page :
          new String[] {
            "moderation-accounts.xhtml?q=" + "designer",
            "moderation-contests.xhtml?award=" + contest,
            "contest-history.xhtml?contest=" + contest
          }) {
        HttpResponse<String> answer = session.get(page);
        assertThat(answer.statusCode()).as(page + " for account " + someone).isEqualTo(403);
        assertThat(answer.body())
            .contains("This page is not for your account")
            .doesNotContain("Cancel…")
            .doesNotContain("Suspend…");
      }
    }
    assertThat(stage(contest)).isEqualTo("OPEN");
    assertThat(new PageSession(http).get("moderation-accounts.xhtml").uri().getPath())
        .as("visitors are sent to sign in")
        .endsWith("login.xhtml");

    ChromeDriver browser = Browser.open();
    try {
      ModerationPages.signIn(browser, app, email(designer), PASSWORD);
      assertThat(browser.findElements(By.id("moderationLink"))).as("no Moderation link").isEmpty();
      browser.get(app.resolve("moderation-contests.xhtml").toString());
      assertThat(ModerationPages.heading(browser)).isEqualTo("This page is not for your account");
      Accessibility.assertNoSeriousViolations(browser, "the 403 page");
    } catch (RuntimeException | AssertionError e) {
      FailurePage.keep(browser, "moderation-failure-forbidden");
      throw e;
    } finally {
      browser.quit();
    }
  }

  @Test
  void errorsEndOnFriendlyPagesAndTheApiKeepsProblemJson() throws Exception {
    HttpResponse<String> unknown = http.get(http.app("no-such-page.xhtml"));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("We could not find that page");

    PageSession moderatorPages = new PageSession(http);
    moderatorPages.signIn(moderatorEmail, PASSWORD, false);
    for (String page :
        new String[] {
          "contest-history.xhtml?contest=999999999",
          "contest-history.xhtml?contest=abc",
          "contest-history.xhtml",
          "moderation-contests.xhtml?award=999999999",
          "moderation-contests.xhtml?award=x1"
        }) {
      HttpResponse<String> answer = moderatorPages.get(page);
      assertThat(answer.statusCode()).as(page).isEqualTo(404);
      assertThat(answer.body()).as(page).contains("We could not find that page");
    }
    HttpResponse<String> badPage = moderatorPages.get("moderation-accounts.xhtml?page=-1");
    assertThat(badPage.statusCode()).as("a bad page number is the first page").isEqualTo(200);

    // a form posted to a view the server does not have (stale, or from another session)
    HttpResponse<String> stale =
        http.post(
            http.app("moderation-accounts.xhtml"),
            "application/x-www-form-urlencoded",
            "search=search&search%3Aq=x&search%3Asubmit=&jakarta.faces.ViewState=-1%3A-1");
    assertThat(stale.statusCode()).isEqualTo(500);
    assertThat(stale.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(stale.body())
        .contains("This page was open too long")
        .doesNotContain("ViewExpiredException")
        .doesNotContain("at org.")
        .doesNotContain("at jakarta.");

    for (String path : new String[] {"api/contests/999999999", "api/no-such-resource"}) {
      HttpResponse<String> problem = http.get(http.app(path));
      assertThat(problem.statusCode()).as(path).isEqualTo(404);
      assertThat(problem.headers().firstValue("Content-Type").orElse(""))
          .as(path)
          .startsWith("application/problem+json");
      assertThat(problem.body()).as(path).doesNotContain("<html");
    }

    ChromeDriver browser = Browser.open();
    try {
      browser.get(app.resolve("no-such-page.xhtml").toString());
      assertThat(ModerationPages.heading(browser)).isEqualTo("We could not find that page");
      Accessibility.assertNoSeriousViolations(browser, "the 404 page");
      shot(browser, "not-found.png");

      ModerationPages.signIn(browser, app, moderatorEmail, PASSWORD);
      Accounts.open(browser, app);
      browser.executeScript(
          "document.querySelector('#search input[name=\"jakarta.faces.ViewState\"]').value ="
              + " '-1:-1';");
      browser.findElement(By.id("search:q")).sendKeys("anyone");
      browser.findElement(By.id("search:submit")).click();
      ModerationPages.waiting(browser)
          .until(d -> d.findElement(By.tagName("h1")).getText().contains("open too long"));
      assertThat(browser.getPageSource()).doesNotContain("ViewExpiredException");
      Accessibility.assertNoSeriousViolations(browser, "the error page (a stale form)");
    } catch (RuntimeException | AssertionError e) {
      FailurePage.keep(browser, "moderation-failure-errors");
      throw e;
    } finally {
      browser.quit();
    }
  }

  private String displayName() {
    return TestDatabase.text("select display_name from account where id = ?", moderator);
  }

  private static String email(long account) {
    return TestDatabase.text("select email from account where id = ?", account);
  }

  private static boolean suspended(long account) {
    return TestDatabase.count(
            "select count(*) from account where id = ? and suspended_at is not null", account)
        == 1;
  }

  private static String stage(long contest) {
    return TestDatabase.text("select stage from contest where id = ?", contest);
  }

  private static String winner(long contest) {
    return TestDatabase.text(
        "select stage || ' ' || coalesce(winner_chosen_by, '-')"
            + " || coalesce(' ' || winning_entry_id, '') from contest where id = ?",
        contest);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static void shot(ChromeDriver browser, String name) throws Exception {
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    Files.write(shots.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
  }
}
