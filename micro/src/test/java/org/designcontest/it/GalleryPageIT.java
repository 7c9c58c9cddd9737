package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designcontest.it.support.ContestApi.bearer;
import static org.designcontest.it.support.ContestApi.expect;
import static org.designcontest.it.support.ContestApi.idOf;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.designcontest.it.support.Accessibility;
import org.designcontest.it.support.Artwork;
import org.designcontest.it.support.Browser;
import org.designcontest.it.support.ContestApi;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.FailurePage;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.PageSession;
import org.designcontest.it.support.TestDatabase;
import org.designcontest.it.support.pages.GalleryPage;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The company's gallery in a real browser, through a whole contest: the grid under pseudonyms only,
 * the large view (stars by ajax, comments, eliminate and restore, keys, "Message this designer"),
 * compare, finalists picked on the page (a wrong number refused first, nothing changed), a
 * finalist's revision rated, a winner who is no finalist refused, then the winner; another company
 * and a designer get 404 pages. The database confirms every change and every refusal's "nothing".
 */
@ExtendWith(ArquillianExtension.class)
class GalleryPageIT {

  private static final String PASSWORD = "correct horse battery";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private ContestApi api;
  private String company;
  private String companyEmail;
  private long contest;
  private String title;
  private final long[] designers = new long[3];
  private final String[] designerTokens = new String[3];
  private final String[] designerNames = new String[3];
  private long first; // designer 0
  private long second; // designer 0, the same designer's other entry
  private long third; // designer 1
  private long fourth; // designer 2

  @BeforeEach
  void aLaunchedContestWithFourEntriesOfThreeDesigners() {
    http = new Http(deployment);
    api = new ContestApi(http);
    long owner = TestDatabase.newCompanyStaff();
    TestDatabase.setPassword(owner, PASSWORD);
    companyEmail = TestDatabase.text("select email from account where id = ?", owner);
    company = bearer(owner);
    title = "Gallery " + UUID.randomUUID().toString().substring(0, 8);
    contest = api.draft(company, title); // two finalists
    expect(200, api.post("contests/" + contest + "/launch", company, null));
    for (int i = 0; i < 3; i++) {
      designers[i] = TestDatabase.newDesigner();
      designerTokens[i] = bearer(designers[i]);
      designerNames[i] =
          TestDatabase.text("select display_name from account where id = ?", designers[i]);
    }
    first = submit(0, "Sunrise mark", 1);
    second = submit(0, "Sunrise, bolder", 2);
    third = submit(1, "Paper crane", 3);
    fourth = submit(2, "Night owl", 4);
  }

  @Test
  void theCompanyJudgesPicksFinalistsAndTheWinnerOnThePages() throws Exception {
    ChromeDriver browser = Browser.open();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      signIn(browser, wait, companyEmail);
      GalleryPage gallery = new GalleryPage(browser, http);

      // the grid: every entry, under pseudonyms only
      gallery.open(contest);
      assertThat(gallery.cards()).containsExactly(first, second, third, fourth);
      assertThat(gallery.designerOf(first)).matches("Designer \\d+");
      assertThat(gallery.designerOf(second)).isEqualTo(gallery.designerOf(first));
      assertThat(gallery.designerOf(third)).isNotEqualTo(gallery.designerOf(first));
      WebElement thumbnail = gallery.thumbnail(first);
      assertThat(thumbnail.getDomAttribute("alt"))
          .isEqualTo("“Sunrise mark” by " + gallery.designerOf(first));
      assertThat(thumbnail.getDomAttribute("loading")).isEqualTo("lazy");
      assertThat(thumbnail.getDomAttribute("width")).isEqualTo("320");
      assertThat(thumbnail.getDomAttribute("height")).isEqualTo("320");
      assertThat(thumbnail.getDomAttribute("src")).contains("entry-image.xhtml?entry=" + first);
      gallery.awaitVisibleThumbnails();
      assertBlind(browser);
      Accessibility.assertNoSeriousViolations(browser, "the gallery");

      // the large view: stars by ajax, a refused and a good comment, "Message this designer"
      gallery.openEntry(first);
      assertBlind(browser);
      assertThat(browser.findElement(By.id("entry-large")).getAttribute("src"))
          .contains("entry=" + first + "&size=large");
      assertThat(gallery.rate(4)).isEqualTo("Rated 4 stars.");
      assertThat(rating("entry", first)).isEqualTo(4);
      gallery.comment("   ");
      assertThat(gallery.fieldMessage("comment:text")).isEqualTo("Write the comment.");
      assertThat(commentsOn(first)).isZero();
      gallery.comment("Lovely curves; try a darker orange?");
      assertThat(gallery.flash()).contains("Your comment is added.");
      assertThat(gallery.comments()).containsExactly("Lovely curves; try a darker orange?");
      assertThat(commentsOn(first)).isOne();
      Accessibility.assertNoSeriousViolations(browser, "the large view");
      Files.createDirectories(shots());
      Files.write(shots().resolve("gallery-entry.png"), browser.getScreenshotAs(OutputType.BYTES));
      String conversation = gallery.messageDesigner();
      assertThat(conversation).contains("messages.xhtml?conversation=");

      // keys: → the next entry, ← back, Esc the gallery
      gallery.openEntryDirectly(first);
      gallery.press(Keys.ARROW_RIGHT);
      gallery.awaitEntry(second);
      gallery.rate(2);
      gallery.press(Keys.ARROW_LEFT);
      gallery.awaitEntry(first);
      gallery.press(Keys.ESCAPE);
      wait.until(ExpectedConditions.urlContains("gallery.xhtml?contest=" + contest));

      // eliminate: a reason is asked for (nothing changes without), then restore
      gallery.openEntryDirectly(third);
      gallery.eliminate(" ");
      assertThat(gallery.fieldMessage("verdict:reason"))
          .isEqualTo("Say why, so the designer can learn from it.");
      assertThat(status(third)).isEqualTo("LIVE");
      gallery.eliminate("Too close to the brief's example.");
      assertThat(gallery.flash()).contains("eliminated");
      assertThat(status(third)).isEqualTo("ELIMINATED");
      assertThat(browser.findElement(By.id("elimination-reason")).getText())
          .contains("Too close to the brief's example.");
      gallery.open(contest, "eliminated");
      assertThat(gallery.cards()).containsExactly(third);
      gallery.open(contest, "live");
      assertThat(gallery.cards()).containsExactly(first, second, fourth);
      gallery.openEntryDirectly(third);
      gallery.restore();
      assertThat(gallery.flash()).contains("restored");
      assertThat(status(third)).isEqualTo("LIVE");

      // the stars show on the cards
      gallery.open(contest);
      assertThat(gallery.starsOf(first)).isEqualTo(4);
      assertThat(gallery.starsOf(second)).isEqualTo(2);
      assertThat(gallery.starsOf(third)).isNull();
      gallery.awaitVisibleThumbnails();
      Files.write(shots().resolve("gallery.png"), browser.getScreenshotAs(OutputType.BYTES));

      // compare: one is not enough; two side by side
      gallery.tick(first);
      gallery.compare();
      assertThat(gallery.refusal()).isEqualTo("Tick 2 to 4 entries to compare them.");
      gallery.tick(first, fourth);
      gallery.compare();
      assertThat(gallery.compared()).containsExactly(first, fourth);
      wait.until(
          d ->
              (Boolean)
                  browser.executeScript(
                      "return Array.from(document.querySelectorAll('#compare-grid img'))"
                          + ".every(function (i) { return i.complete && i.naturalWidth > 0; });"));
      assertBlind(browser);
      Accessibility.assertNoSeriousViolations(browser, "the compare view");
      Files.write(
          shots().resolve("gallery-compare.png"), browser.getScreenshotAs(OutputType.BYTES));
      gallery.press(Keys.ESCAPE);
      wait.until(ExpectedConditions.urlContains("gallery.xhtml?contest=" + contest));

      // finalist selection: three designers for two places is refused and changes nothing
      ContestApi.passDeadline(contest);
      api.awaitStage(company, contest, "FINALIST_SELECTION");
      gallery.open(contest);
      gallery.tick(first, third, fourth);
      assertThat(gallery.proposeFinalists()).hasSize(3);
      gallery.confirmFinalists();
      assertThat(gallery.refusal()).isEqualTo("Choose at most 2 finalists.");
      assertThat(finalists()).isZero();
      assertThat(stage()).isEqualTo("FINALIST_SELECTION");
      gallery.open(contest);
      gallery.tick(first, third);
      assertThat(gallery.proposeFinalists())
          .containsExactly(
              gallery.designerOf(first) + " (“Sunrise mark”)",
              gallery.designerOf(third) + " (“Paper crane”)");
      gallery.confirmFinalists();
      assertThat(gallery.flash()).contains("Finalists chosen").contains("final round");
      assertThat(browser.getCurrentUrl()).contains("filter=finalists");
      assertThat(gallery.cards()).containsExactly(first, second, third);
      assertThat(finalists()).isEqualTo(2);
      assertThat(stage()).isEqualTo("FINAL_ROUND");

      // the final round: a finalist's revision appears in the large view, numbered; rate it
      expect(
          201,
          http.multipart(
              http.app("api/entries/" + first + "/revisions"),
              Map.of("notes", "Darker orange, as asked"),
              "file",
              Artwork.png(11, 480, 360),
              "Authorization",
              designerTokens[0]));
      gallery.openEntryDirectly(first);
      assertThat(gallery.revisions()).containsExactly(1);
      assertThat(gallery.rateRevision(1, 5)).isEqualTo("Revision 1 rated 5 stars.");
      assertThat(
              TestDatabase.count(
                  "select rating from entry_revision where entry_id = ? and number = 1", first))
          .isEqualTo(5);

      // winner selection: a designer who is no finalist cannot win, nothing changes; then the
      // winner
      ContestApi.passDeadline(contest);
      api.awaitStage(company, contest, "WINNER_SELECTION");
      gallery.openEntryDirectly(fourth);
      gallery.pickWinner();
      assertThat(gallery.winnerRefusal())
          .isEqualTo("The winner must be a live entry of a finalist.");
      assertThat(stage()).isEqualTo("WINNER_SELECTION");
      assertThat(
              TestDatabase.count(
                  "select count(*) from contest where id = ? and winning_entry_id is not null",
                  contest))
          .isZero();
      gallery.openEntryDirectly(first);
      gallery.pickWinner();
      wait.until(ExpectedConditions.urlContains("gallery.xhtml?contest=" + contest));
      assertThat(gallery.flash()).contains("won");
      assertThat(stage()).isEqualTo("HANDOVER");
      assertThat(TestDatabase.count("select winning_entry_id from contest where id = ?", contest))
          .isEqualTo(first);
      assertBlind(browser);

      // a phone
      browser.manage().window().setSize(new Dimension(390, 844));
      wait.until(
          d ->
              (Boolean)
                  browser.executeScript("return document.documentElement.clientWidth <= 400;"));
      gallery.open(contest);
      gallery.awaitVisibleThumbnails();
      Files.write(shots().resolve("gallery-phone.png"), browser.getScreenshotAs(OutputType.BYTES));
    } catch (RuntimeException | AssertionError failed) {
      FailurePage.keep(browser, "gallery-failure");
      throw failed;
    } finally {
      browser.quit();
    }
  }

  @Test
  void anotherCompanyAndTheDesignersSeeNoGalleryAndModeratorsOnlyLook() {
    long stranger = TestDatabase.newCompanyStaff();
    TestDatabase.setPassword(stranger, PASSWORD);
    TestDatabase.setPassword(designers[0], PASSWORD);
    for (long someone : new long[] {stranger, designers[0]}) {
      PageSession session = new PageSession(http);
      session.signIn(
          TestDatabase.text("select email from account where id = ?", someone), PASSWORD, false);
      for (String page :
          List.of(
              "gallery.xhtml?contest=" + contest,
              "gallery-entry.xhtml?id=" + first,
              "gallery-compare.xhtml?contest=" + contest + "&entries=" + first + "," + third)) {
        HttpResponse<String> answer = session.get(page);
        assertThat(answer.statusCode()).as(page).isEqualTo(404);
        assertThat(answer.body()).as(page).doesNotContain("Sunrise mark", "Paper crane", title);
      }
    }
    // a moderator looks, read-only: the entries under pseudonyms, no judging controls
    long moderator = TestDatabase.newAccount("MODERATOR");
    TestDatabase.setPassword(moderator, PASSWORD);
    PageSession moderating = new PageSession(http);
    moderating.signIn(
        TestDatabase.text("select email from account where id = ?", moderator), PASSWORD, false);
    HttpResponse<String> looked = moderating.get("gallery.xhtml?contest=" + contest);
    assertThat(looked.statusCode()).isEqualTo(200);
    assertThat(looked.body())
        .contains("Sunrise mark", "Night owl", "You are looking at this gallery")
        .doesNotContain("grid:proposeFinalists", designerNames[0], designerNames[1]);
    HttpResponse<String> entry = moderating.get("gallery-entry.xhtml?id=" + first);
    assertThat(entry.statusCode()).isEqualTo(200);
    assertThat(entry.body())
        .contains("Sunrise mark")
        .doesNotContain("verdict:eliminate", "talk:message", "comment:text", designerNames[0]);
    // a visitor is sent to sign in
    HttpResponse<String> visitor = http.get(http.app("gallery.xhtml?contest=" + contest));
    assertThat(visitor.statusCode()).isEqualTo(302);
    assertThat(visitor.headers().firstValue("Location").orElseThrow()).endsWith("/login.xhtml");
    // and nobody's visit changed anything
    assertThat(
            TestDatabase.count(
                "select count(*) from entry_comment e join entry n on n.id ="
                    + " e.entry_id where n.contest_id = ?",
                contest))
        .isZero();
  }

  private long submit(int designer, String entryTitle, int seed) {
    return idOf(
        http.multipart(
            http.app("api/contests/" + contest + "/entries"),
            Map.of("title", entryTitle),
            "file",
            Artwork.png(seed, 480, 360),
            "Authorization",
            designerTokens[designer]));
  }

  /** No designer's name or email anywhere in the page's source. */
  private void assertBlind(ChromeDriver browser) {
    String source = browser.getPageSource();
    for (String name : designerNames) {
      assertThat(source).as("the page names no designer").doesNotContain(name);
    }
  }

  private static Path shots() {
    return Path.of("..", "docs", "screenshots");
  }

  private Integer rating(String table, long id) {
    return (int) TestDatabase.count("select rating from " + table + " where id = ?", id);
  }

  private static long commentsOn(long entry) {
    return TestDatabase.count("select count(*) from entry_comment where entry_id = ?", entry);
  }

  private static String status(long entry) {
    return TestDatabase.text("select status from entry where id = ?", entry);
  }

  private long finalists() {
    return TestDatabase.count(
        "select count(*) from contest_finalist where contest_id = ?", contest);
  }

  private String stage() {
    return TestDatabase.text("select stage from contest where id = ?", contest);
  }

  private void signIn(ChromeDriver browser, WebDriverWait wait, String email) {
    new SignInPage(browser, http).signIn(email, PASSWORD);
  }
}
