package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designcontest.it.support.ContestApi.bearer;
import static org.designcontest.it.support.ContestApi.expect;
import static org.designcontest.it.support.ContestApi.json;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.designcontest.it.support.pages.CategoriesPage;
import org.designcontest.it.support.pages.MyEntriesPage;
import org.designcontest.it.support.pages.SignInPage;
import org.designcontest.it.support.pages.SubmitEntryPage;
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
 * The designer's pages in a real browser: submitting an entry (preview, progress, refusals next to
 * the field with nothing stored), the entries across contests with what the company gave them
 * (stars, comments) and nothing of other designers', withdrawing, a finalist's revision in the
 * final round, and following a category (the same setting as the newsletter settings'). A company
 * gets the 403 page, a visitor the sign-in page.
 */
@ExtendWith(ArquillianExtension.class)
class DesignerPagesIT {

  private static final String PASSWORD = "correct horse battery";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private ContestApi api;
  private String company;
  private long companyStaff;
  private long designer;
  private String designerEmail;
  private String title;
  private long contest;

  @BeforeEach
  void aLaunchedContest() {
    http = new Http(deployment);
    api = new ContestApi(http);
    companyStaff = TestDatabase.newCompanyStaff();
    company = bearer(companyStaff);
    designer = TestDatabase.newDesigner();
    TestDatabase.setPassword(designer, PASSWORD);
    designerEmail = TestDatabase.text("select email from account where id = ?", designer);
    title = "Harbour " + UUID.randomUUID().toString().substring(0, 8);
    contest = api.draft(company, title);
    expect(200, api.post("contests/" + contest + "/launch", company, null));
  }

  @Test
  void aDesignerSubmitsSeesFeedbackWithdrawsRevisesAndFollows() throws Exception {
    String app = http.app("").toString();
    Path files = Files.createTempDirectory("designer-pages");
    Path png = files.resolve("harbour.png");
    Files.write(png, Images.png(320, 200));
    Path fake = files.resolve("not-an-image.png");
    Files.writeString(fake, "this is text, not a picture", StandardCharsets.UTF_8);
    // another designer in the same contest: never on this designer's pages
    long other = TestDatabase.newDesigner();
    long othersEntry = api.submit(contest, bearer(other), "Someone else's", 71);

    ChromeDriver browser = Browser.open();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      signIn(browser, wait, designerEmail);
      assertThat(browser.findElement(By.id("myEntriesLink")).getText()).isEqualTo("My entries");

      // submit: the preview before sending, then my entries with the flash
      SubmitEntryPage submit = new SubmitEntryPage(browser, http).open(contest);
      assertThat(submit.heading()).isEqualTo("Submit an entry");
      assertThat(submit.liveEntriesNote()).contains("0 of 5 live entries");
      submit.title("Harbour mark").notes("A lighthouse in the H.\nTwo colours.").choose(png);
      assertThat(submit.awaitPreview()).startsWith("data:image/png");
      Accessibility.assertNoSeriousViolations(browser, "the submit entry page");
      screenshot(browser, "submit-entry.png");
      MyEntriesPage mine = submit.submitAndLand();
      assertThat(mine.flash()).contains("Your entry \u201cHarbour mark\u201d is submitted.");
      long entry =
          TestDatabase.count(
              "select id from entry where designer_id = ? and contest_id = ? and title = ?",
              designer,
              contest,
              "Harbour mark");
      assertThat(mine.entryIds()).containsExactly(entry);
      assertThat(mine.title(entry)).isEqualTo("Harbour mark");
      assertThat(mine.standing(entry)).isEqualTo("live");
      assertThat(mine.contest(entry)).isEqualTo(title);
      assertThat(mine.rating(entry)).isEqualTo("Not rated yet.");
      assertThat(mine.thumbnail(entry)).contains("entry-image.xhtml?entry=" + entry + "&size=grid");
      assertThat(mine.thumbnailLoaded(entry)).isTrue();

      // refused: text named .png (nothing stored), and a missing title; messages by the fields
      submit.open(contest).title("Fake").choose(fake);
      submit.submit();
      assertThat(submit.awaitMessage("file")).isEqualTo("Send a PNG, JPEG or WebP image.");
      assertThat(browser.getCurrentUrl()).contains("submit-entry.xhtml");
      submit.title("").choose(png);
      submit.submit();
      assertThat(submit.awaitMessage("title")).isEqualTo("Give the entry a title.");
      assertThat(
              TestDatabase.count(
                  "select count(*) from entry where designer_id = ? and contest_id = ?",
                  designer,
                  contest))
          .as("nothing stored for the refused submissions")
          .isEqualTo(1);

      // a second entry, withdrawn from the page (asked twice)
      long second = api.submit(contest, bearer(designer), "Second thought", 72);
      mine.open();
      assertThat(mine.entryIds())
          .containsExactlyInAnyOrder(entry, second)
          .doesNotContain(othersEntry);
      mine.withdraw(second);
      assertThat(mine.flash()).contains("Your entry is withdrawn.");
      assertThat(mine.canWithdraw(second)).isFalse();
      assertThat(TestDatabase.text("select status from entry where id = ?", second))
          .isEqualTo("WITHDRAWN");
      assertThat(TestDatabase.text("select status from entry where id = ?", entry))
          .isEqualTo("LIVE");

      // the company's stars and comment: the entry's designer sees them
      expect(204, api.put("entries/" + entry + "/rating", company, "{\"stars\": 4}"));
      expect(
          201,
          api.post(
              "entries/" + entry + "/comments",
              company,
              "{\"text\": \"Bolder colours? <b>x</b>\"}"));
      expect(204, api.put("entries/" + othersEntry + "/rating", company, "{\"stars\": 2}"));
      mine.open();
      assertThat(mine.rating(entry)).isEqualTo("Rated 4 of 5 stars.");
      assertThat(mine.comments(entry)).containsExactly("Bolder colours? <b>x</b>");
      assertThat(browser.getPageSource()).doesNotContain("Someone else");
      Accessibility.assertNoSeriousViolations(browser, "the my entries page");

      // the final round, this designer a finalist: a revision through the page
      int number = api.numberOf(company, contest, entry);
      json(
          api.post(
              "contests/" + contest + "/finalists", company, "{\"designers\": [" + number + "]}"));
      mine.open();
      assertThat(mine.standing(entry)).isEqualTo("finalist");
      assertThat(mine.canRevise(entry)).isTrue();
      assertThat(mine.canWithdraw(entry)).isFalse();
      Path revised = files.resolve("harbour-2.png");
      Files.write(revised, Images.png(300, 300));
      mine.uploadRevision(entry, revised, "Bolder, as asked", 1);
      assertThat(mine.flash()).contains("Revision 1 is uploaded.");
      assertThat(mine.revisions(entry)).containsExactly(1);
      assertThat(
              TestDatabase.count("select count(*) from entry_revision where entry_id = ?", entry))
          .isEqualTo(1);
      Accessibility.assertNoSeriousViolations(browser, "the my entries page with a revision");
      screenshot(browser, "my-entries.png");
      browser.manage().window().setSize(new Dimension(390, 844)); // a phone
      wait.until(
          d ->
              (Boolean)
                  browser.executeScript("return document.documentElement.clientWidth <= 400;"));
      screenshot(browser, "my-entries-phone.png");
      browser.manage().window().setSize(new Dimension(1280, 900));

      // the contest takes no entries now: refused by the button, nothing stored
      submit.open(contest);
      submit.title("Too late").choose(png);
      submit.submit();
      assertThat(submit.awaitMessage("submit")).contains("takes no new entries");
      assertThat(TestDatabase.count("select count(*) from entry where designer_id = ?", designer))
          .isEqualTo(2);

      // follow a category: the newsletter settings show it, and the database has it
      CategoriesPage categories = new CategoriesPage(browser, http).open();
      Accessibility.assertNoSeriousViolations(browser, "the categories page");
      assertThat(categories.openContestsLink("packaging"))
          .endsWith("contests.xhtml?category=packaging");
      assertThat(categories.openContests("logo")).matches("\\d+ open contests?");
      assertThat(categories.isFollowed("packaging")).isFalse();
      categories.toggle("packaging");
      assertThat(categories.flash()).contains("You follow Packaging");
      assertThat(categories.isFollowed("packaging")).isTrue();
      screenshot(browser, "categories.png");
      assertThat(
              TestDatabase.count(
                  "select count(*) from followed_category where account_id = ?"
                      + " and category_code = 'packaging'",
                  designer))
          .isEqualTo(1);
      browser.get(app + "newsletter-settings.xhtml");
      assertThat(
              browser
                  .findElement(
                      By.cssSelector("input[name='newsletters:categories'][value='packaging']"))
                  .isSelected())
          .isTrue();
      categories.open().toggle("packaging");
      assertThat(
              TestDatabase.count(
                  "select count(*) from followed_category where account_id = ?", designer))
          .isZero();
    } catch (RuntimeException | AssertionError failed) {
      FailurePage.keep(browser, "designer-pages-failure");
      throw failed;
    } finally {
      browser.quit();
    }
  }

  @Test
  void aCompanyIsRefusedAndVisitorsSignInFirst() {
    TestDatabase.setPassword(companyStaff, PASSWORD);
    PageSession staff = new PageSession(http);
    staff.signIn(
        TestDatabase.text("select email from account where id = ?", companyStaff), PASSWORD, false);
    HttpResponse<String> page = staff.get("submit-entry.xhtml?contest=" + contest);
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("This page is not for your account");
    assertThat(staff.get("my-entries.xhtml").statusCode()).isEqualTo(403);
    HttpResponse<String> categories = staff.get("categories.xhtml");
    assertThat(categories.statusCode()).isEqualTo(200);
    assertThat(categories.body()).contains("Logo").doesNotContain("Following");

    PageSession designerSession = new PageSession(http);
    designerSession.signIn(designerEmail, PASSWORD, false);
    assertThat(designerSession.get("submit-entry.xhtml?contest=999999999").statusCode())
        .isEqualTo(404);

    for (String visitorPage :
        List.of("submit-entry.xhtml?contest=" + contest, "my-entries.xhtml")) {
      HttpResponse<String> visitor = http.get(http.app(visitorPage));
      assertThat(visitor.statusCode()).as(visitorPage).isEqualTo(302);
      assertThat(visitor.headers().firstValue("Location").orElseThrow()).endsWith("/login.xhtml");
    }
    assertThat(http.get(http.app("categories.xhtml")).statusCode()).isEqualTo(200);
  }

  private void signIn(ChromeDriver browser, WebDriverWait wait, String email) {
    new SignInPage(browser, http).signIn(email, PASSWORD);
  }

  private static void screenshot(ChromeDriver browser, String name) throws java.io.IOException {
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    Files.write(target.resolve(name), png);
    Path docs = Path.of("..", "docs", "screenshots");
    Files.createDirectories(docs);
    Files.write(docs.resolve(name), png);
  }
}
