package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.designcontest.it.support.Accessibility;
import org.designcontest.it.support.Browser;
import org.designcontest.it.support.ContestApi;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.Images;
import org.designcontest.it.support.TestDatabase;
import org.designcontest.it.support.pages.ContestPage;
import org.designcontest.it.support.pages.EarningsPage;
import org.designcontest.it.support.pages.GalleryPage;
import org.designcontest.it.support.pages.HandoverPage;
import org.designcontest.it.support.pages.ModerationPages;
import org.designcontest.it.support.pages.ModerationPages.Accounts;
import org.designcontest.it.support.pages.ModerationPages.Contests;
import org.designcontest.it.support.pages.MyEntriesPage;
import org.designcontest.it.support.pages.NewContestWizard;
import org.designcontest.it.support.pages.SignInPage;
import org.designcontest.it.support.pages.SignUpPage;
import org.designcontest.it.support.pages.SubmitEntryPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The whole product in a browser, as its people use it: a company and two designers sign up on the
 * pages and confirm their addresses from the emails, the company launches a contest with the
 * wizard, the designers submit through the page, the company rates, comments, eliminates and picks
 * finalists in the gallery, a finalist revises from My entries, the company picks the winner, the
 * winner delivers and the company approves on the handover page, the winner sees the prize in
 * Earnings and every step in the notification centre; then a moderator suspends a designer and
 * awards a contest whose company went silent. Set-up through the API or SQL only where the page
 * journey is not the point (a deadline passing, a second contest's entries).
 */
@ExtendWith(ArquillianExtension.class)
class ContestJourneyPagesIT {

  private static final String PASSWORD = "correct horse battery";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private final List<ChromeDriver> browsers = new ArrayList<>();

  /**
   * Each browser's last page and picture stay in target/screenshots/journey-last-N.* (for a
   * failure).
   */
  @AfterEach
  void closeBrowsers() throws IOException {
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    for (int i = 0; i < browsers.size(); i++) {
      ChromeDriver browser = browsers.get(i);
      try {
        Files.write(
            target.resolve("journey-last-" + i + ".png"),
            browser.getScreenshotAs(OutputType.BYTES));
        Files.writeString(target.resolve("journey-last-" + i + ".html"), browser.getPageSource());
      } catch (RuntimeException e) {
        // a browser that cannot answer any more has nothing to show
      }
      browser.quit();
    }
  }

  @Test
  void aContestPlayedThroughThePagesByACompanyTwoDesignersAndAModerator() throws IOException {
    Http http = new Http(deployment);
    String app = http.app("").toString();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Path files = Files.createTempDirectory("journey");
    Path wave = Files.write(files.resolve("wave.png"), Images.png(400, 300));
    Path waveDark = Files.write(files.resolve("wave-dark.png"), Images.png(300, 300));
    Path anchor = Files.write(files.resolve("anchor.png"), Images.png(360, 240));
    Path waveRevised = Files.write(files.resolve("wave-revised.png"), Images.png(420, 300));
    Path logoFiles = Files.write(files.resolve("logo-final.png"), Images.png(800, 800));
    Path guide = Files.write(files.resolve("brand-guide.pdf"), pdf());

    // sign-up on the pages, each address confirmed from its email
    String companyEmail = "ana-" + tag + "@kiln.example";
    String miraEmail = "mira-" + tag + "@designers.example";
    String tomasEmail = "tomas-" + tag + "@designers.example";
    ChromeDriver company = browser();
    ChromeDriver mira = browser();
    ChromeDriver tomas = browser();
    assertThat(
            new SignUpPage(company, http.app(""))
                .company("Kiln Studio " + tag, "Ana", companyEmail, PASSWORD))
        .contains("email");
    assertThat(new SignUpPage(company, http.app("")).confirmFromEmail(companyEmail))
        .contains("confirmed");
    new SignUpPage(mira, http.app("")).designer(miraEmail, PASSWORD, "Mira", "logo");
    new SignUpPage(mira, http.app("")).confirmFromEmail(miraEmail);
    new SignUpPage(tomas, http.app("")).designer(tomasEmail, PASSWORD, "Tomás", "logo");
    new SignUpPage(tomas, http.app("")).confirmFromEmail(tomasEmail);
    new SignInPage(company, http).signIn(companyEmail, PASSWORD);
    new SignInPage(mira, http).signIn(miraEmail, PASSWORD);
    new SignInPage(tomas, http).signIn(tomasEmail, PASSWORD);

    // the company launches with the wizard
    String title = "Harbour bakery logo " + tag;
    NewContestWizard wizard = new NewContestWizard(company, http).open();
    wizard.brief(title, "Logo", "A <b>warm</b> mark for a harbour bakery.");
    long contest = wizard.draftId();
    wizard.continueToPrize().prize("900", "EUR").rounds(2, 5, null, null, null);
    ContestPage page = wizard.launch();
    assertThat(page.stage()).isEqualTo("Open for entries");
    assertThat(page.rule()).isNotBlank();

    // the designers find it and submit through the page
    new ContestPage(mira, http).open(contest);
    mira.findElement(By.id("submitEntryLink")).click();
    long miraWave = submitted(new SubmitEntryPage(mira, http), "Wave", wave);
    new SubmitEntryPage(mira, http).open(contest);
    long miraDark = submitted(new SubmitEntryPage(mira, http), "Wave, dark", waveDark);
    new SubmitEntryPage(tomas, http).open(contest);
    long tomasAnchor = submitted(new SubmitEntryPage(tomas, http), "Anchor", anchor);
    assertThat(new ContestPage(company, http).open(contest).entries()).contains("3");

    // the company judges blind in the gallery: rates, comments, eliminates
    GalleryPage gallery = new GalleryPage(company, http).open(contest);
    assertThat(gallery.cards()).containsExactlyInAnyOrder(miraWave, miraDark, tomasAnchor);
    assertThat(company.getPageSource()).doesNotContain("Mira", "Tomás", miraEmail, tomasEmail);
    Accessibility.assertNoSeriousViolations(company, "the gallery in the journey");
    gallery.openEntry(miraWave);
    assertThat(gallery.rate(5)).isEqualTo("Rated 5 stars.");
    gallery.comment("Lovely; could the wave be bolder?");
    gallery.open(contest).openEntry(miraDark);
    gallery.eliminate("Too close to the first one.");
    gallery.open(contest).openEntry(tomasAnchor);
    gallery.rate(4);

    // the entries close; the company picks both designers as finalists
    ContestApi.passDeadline(contest);
    awaitStage(contest, "FINALIST_SELECTION");
    gallery.open(contest).tick(miraWave, tomasAnchor);
    assertThat(gallery.proposeFinalists()).hasSize(2);
    gallery.confirmFinalists();
    awaitStage(contest, "FINAL_ROUND");

    // Mira sees the company's words on My entries and revises in the final round
    MyEntriesPage miraEntries = new MyEntriesPage(mira, http).open();
    assertThat(miraEntries.rating(miraWave)).contains("5");
    assertThat(miraEntries.comments(miraWave)).contains("Lovely; could the wave be bolder?");
    assertThat(miraEntries.standing(miraDark)).containsIgnoringCase("eliminated");
    miraEntries.uploadRevision(miraWave, waveRevised, "Bolder wave, as asked.", 1);
    assertThat(miraEntries.revisions(miraWave)).containsExactly(1);

    // the final round ends; the company picks Mira's entry
    ContestApi.passDeadline(contest);
    awaitStage(contest, "WINNER_SELECTION");
    gallery.open(contest).openEntry(miraWave);
    assertThat(gallery.revisions()).containsExactly(1);
    gallery.pickWinner();
    awaitStage(contest, "HANDOVER");

    // handover: Mira delivers and accepts, the company downloads and approves
    HandoverPage miraHandover = new HandoverPage(mira, http).open(contest);
    miraHandover.upload(logoFiles, guide);
    assertThat(miraHandover.fileNames()).contains("logo-final.png", "brand-guide.pdf");
    miraHandover.acceptTransfer();
    HandoverPage companyHandover = new HandoverPage(company, http).open(contest);
    assertThat(companyHandover.winner()).contains("Mira");
    assertThat(companyHandover.offersApproval()).isTrue();
    companyHandover.approve();
    awaitStage(contest, "COMPLETED");
    assertThat(
            TestDatabase.count(
                "select count(*) from prize_ledger where contest_id = ? and kind = 'RELEASED'",
                contest))
        .isEqualTo(1);

    // Mira's earnings and her notification centre tell the story
    EarningsPage earnings = new EarningsPage(mira, http).openFromHeader();
    assertThat(earnings.paidOut(contest)).isTrue();
    assertThat(earnings.paidOutTotal("EUR")).contains("900");
    mira.get(app + "notifications.xhtml");
    assertThat(noticesAbout(mira, title))
        .contains(
            "You are a finalist in “" + title + "”",
            "You won “" + title + "”",
            "Your prize for “" + title + "” is released");
    Accessibility.assertNoSeriousViolations(mira, "the notification centre after the contest");
    shot(mira, "journey-notifications.png");
    tomas.get(app + "notifications.xhtml");
    assertThat(noticesAbout(tomas, title)).contains("You are a finalist in “" + title + "”");

    // a moderator suspends Tomás, and awards a contest whose company went silent
    long moderator = TestDatabase.newAccount("MODERATOR");
    TestDatabase.setPassword(moderator, PASSWORD);
    String moderatorEmail = TestDatabase.text("select email from account where id = ?", moderator);
    ChromeDriver sam = browser();
    ModerationPages.signIn(sam, http.app(""), moderatorEmail, PASSWORD);
    Accounts accounts = Accounts.open(sam, http.app("")).search(tomasEmail, false);
    accounts.askSuspend(tomasEmail);
    accounts.confirm();
    assertThat(ModerationPages.flash(sam)).contains("is suspended");
    assertThat(ModerationPages.refusedSignIn(browser(), http.app(""), tomasEmail, PASSWORD))
        .contains("not right");

    ContestApi api = new ContestApi(http);
    String companyToken = ContestApi.bearer(TestDatabase.accountIdOf(companyEmail));
    String silentTitle = "Silent ferry mascot " + tag;
    long silent = api.draft(companyToken, silentTitle);
    ContestApi.expect(200, api.post("contests/" + silent + "/launch", companyToken, null));
    long miraMascot =
        api.submit(
            silent, ContestApi.bearer(TestDatabase.accountIdOf(miraEmail)), "Ferry gull", 21);
    TestDatabase.execute(
        "update contest set stage = 'WINNER_SELECTION', deadline_at = now() + interval '14 days'"
            + " where id = ?",
        silent);
    Contests contests = Contests.open(sam, http.app("")).search(silentTitle, "WINNER_SELECTION");
    contests.startAward(silentTitle);
    contests.choose("Designer 1").reason("The company stopped answering for three weeks.");
    contests.review();
    contests.confirmAward();
    assertThat(ModerationPages.flash(sam)).contains("is awarded to Designer 1");
    assertThat(
            TestDatabase.text(
                "select winner_chosen_by || ' ' || winning_entry_id from contest where id = ?",
                silent))
        .isEqualTo("MODERATOR " + miraMascot);
  }

  private ChromeDriver browser() {
    ChromeDriver browser = Browser.open();
    browsers.add(browser);
    return browser;
  }

  /** The titles in the notification centre that name the contest (each is a button to open it). */
  private static List<String> noticesAbout(ChromeDriver browser, String title) {
    return browser.findElements(By.cssSelector(".notification .title")).stream()
        .map(button -> button.getAttribute("value"))
        .filter(text -> text.contains(title))
        .toList();
  }

  private static long submitted(SubmitEntryPage page, String title, Path image) {
    page.title(title).choose(image);
    page.awaitPreview();
    MyEntriesPage mine = page.submitAndLand();
    return mine.entryIds().stream()
        .filter(id -> title.equals(mine.title(id)))
        .findFirst()
        .orElseThrow();
  }

  private static void awaitStage(long contest, String stage) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                TestDatabase.count(
                        "select count(*) from contest where id = ? and stage = ?", contest, stage)
                    == 1);
  }

  private static void shot(ChromeDriver browser, String name) throws IOException {
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    Files.write(target.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
  }

  private static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  }
}
