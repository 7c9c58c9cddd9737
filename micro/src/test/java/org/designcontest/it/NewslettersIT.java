package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.designcontest.it.support.ContestApi.bearer;
import static org.designcontest.it.support.ContestApi.expect;
import static org.designcontest.it.support.ContestApi.json;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designcontest.it.support.ContestApi;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.PageSession;
import org.designcontest.it.support.TestDatabase;
import org.designcontest.it.support.TestMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Newsletters end to end: the weekly digest per reader, announcements (bad ones refused, preview,
 * test copy), a job stopped in the middle and restarted sending each email exactly once, batch
 * counts, unsubscribing by one-click POST and by the link, and the settings.
 */
@ExtendWith(ArquillianExtension.class)
class NewslettersIT {

  private static final String PASSWORD = "correct horse battery";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private ContestApi api;
  private long adminId;
  private String admin;
  private String unique;

  @BeforeEach
  void anAdministrator() {
    http = new Http(deployment);
    api = new ContestApi(http);
    adminId = TestDatabase.newAccount("ADMIN");
    admin = bearer(adminId);
    unique = UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void theWeeklyDigestListsEachReadersOpenContestsEndingSoonestFirstAndSkipsEmptyOnes() {
    String followed = newCategory("followed");
    String quiet = newCategory("quiet");
    String company = bearer(TestDatabase.newCompanyStaff());
    long later = launched(company, "Later " + unique, followed);
    long sooner = launched(company, "Sooner " + unique, followed);
    TestDatabase.execute(
        "update contest set deadline_at = now() + interval '2 days' where id = ?", sooner);
    TestDatabase.execute(
        "update contest set deadline_at = now() + interval '5 days' where id = ?", later);
    long reader = designerFollowing(followed);
    long nothingOpen = designerFollowing(quiet);
    long unsubscribed = designerFollowing(followed);
    TestDatabase.execute(
        "update newsletter_subscription set unsubscribed_at = now()"
            + " where account_id = ? and list = 'WEEKLY_DIGEST'",
        unsubscribed);
    long suspended = designerFollowing(followed);
    TestDatabase.execute("update account set suspended_at = now() where id = ?", suspended);
    long unverified = designerFollowing(followed);
    TestDatabase.execute("update account set email_verified_at = null where id = ?", unverified);

    HttpResponse<String> started = api.post("newsletters/weekly-digest", admin, null);
    expect(202, started);
    JsonObject summary = Http.json(started).asJsonObject();
    long digest = summary.getJsonNumber("id").longValue();
    JsonObject done = awaitJob(digest, "COMPLETED");

    MimeMessage mail = TestMail.awaitOne(emailOf(reader), summary.getString("subject"));
    String text = textPart(mail);
    assertThat(text.indexOf("Sooner " + unique))
        .as("ending soonest first")
        .isPositive()
        .isLessThan(text.indexOf("Later " + unique));
    assertThat(text).contains("Hello designer-", "/contest.xhtml?id=" + sooner);
    assertThat(htmlPart(mail)) // Mustache writes = as &#61; in the HTML part
        .contains("Sooner " + unique, "unsubscribe.xhtml?token&#61;" + reader + ".WEEKLY_DIGEST.");
    assertThat(header(mail, "List-Unsubscribe")).matches("<http.*/api/unsubscribe\\?token=.+>");
    assertThat(header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    assertThat(header(mail, "Message-ID"))
        .isEqualTo("<newsletter-" + digest + "-" + reader + "@designcontest>");

    // the digest's recipients are every designer following something: only ours are known here
    JsonObject progress = done.getJsonObject("progress");
    assertThat(progress.getJsonNumber("read").longValue())
        .as("read = queued + skipped")
        .isEqualTo(
            progress.getJsonNumber("queued").longValue()
                + progress.getJsonNumber("skipped").longValue());
    assertThat(progress.getJsonNumber("skipped").longValue()).as("empty digests").isPositive();
    assertThat(delivered(digest, nothingOpen)).as("empty digest: none").isZero();
    assertThat(delivered(digest, unsubscribed)).as("unsubscribed").isZero();
    assertThat(delivered(digest, suspended)).as("suspended").isZero();
    assertThat(delivered(digest, unverified)).as("address not confirmed").isZero();
    assertThat(delivered(digest, reader)).isEqualTo(1);
    for (long nobody : List.of(nothingOpen, unsubscribed, suspended, unverified)) {
      assertThat(TestMail.to(emailOf(nobody))).isEmpty();
    }
  }

  @Test
  void anAnnouncementStoppedInTheMiddleAndRestartedReachesEveryoneExactlyOnce() throws Exception {
    String category = newCategory("many");
    int readers = 400;
    List<Long> ids = designersFollowing(category, readers);
    String subject = "Stop and go " + unique;
    long announcement =
        idOf(
            api.post(
                "newsletters",
                admin,
                announcementJson(subject, "<p>Hello <b>all</b></p>", "CATEGORY", category)));

    long held = ids.get(250);
    stopInTheMiddle(announcement, held);
    JsonObject stopped = awaitJob(announcement, "STOPPED");
    long queuedBeforeRestart = deliveries(announcement);
    assertThat(queuedBeforeRestart).as("stopped in the middle").isBetween(1L, readers - 1L);
    assertThat(stopped.getJsonObject("progress").getJsonNumber("queued").longValue())
        .isEqualTo(queuedBeforeRestart);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> sentWithSubject(subject) == queuedBeforeRestart);

    expect(409, api.post("newsletters/" + announcement + "/stop", admin, null));
    expect(200, api.post("newsletters/" + announcement + "/restart", admin, null));
    JsonObject completed = awaitJob(announcement, "COMPLETED");
    await().atMost(Duration.ofSeconds(90)).until(() -> sentWithSubject(subject) >= readers);
    Thread.sleep(2000); // a duplicate would come now
    assertThat(sentWithSubject(subject)).as("each reader once").isEqualTo(readers);
    for (long id : List.of(ids.get(0), held, ids.get(readers - 1))) {
      assertThat(TestMail.to(emailOf(id))).hasSize(1);
    }
    JsonObject progress = completed.getJsonObject("progress");
    assertThat(progress.getJsonNumber("read").longValue()).isEqualTo(readers);
    assertThat(progress.getJsonNumber("queued").longValue()).isEqualTo(readers);
    assertThat(progress.getJsonNumber("skipped").longValue()).isZero();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                json(api.get("newsletters/" + announcement, admin))
                        .getJsonObject("deliveries")
                        .getJsonNumber("sent")
                        .longValue()
                    == readers);
    expect(409, api.post("newsletters/" + announcement + "/release", admin, null));
  }

  @Test
  void aJobWhoseInstanceDiedIsResumedAfterItsLastDeliveryAndReachesEveryoneOnce() throws Exception {
    String category = newCategory("crash");
    int readers = 300;
    List<Long> ids = designersFollowing(category, readers);
    String subject = "After a crash " + unique;
    long announcement =
        idOf(
            api.post(
                "newsletters",
                admin,
                announcementJson(subject, "<p>Again</p>", "CATEGORY", category)));
    stopInTheMiddle(announcement, ids.get(150));
    awaitJob(announcement, "STOPPED");
    long before = deliveries(announcement);
    await().atMost(Duration.ofSeconds(60)).until(() -> sentWithSubject(subject) == before);

    // what an instance dying mid-job leaves: committed chunks, and an execution the batch runtime
    // still calls STARTED (so it will not restart it)
    long execution =
        TestDatabase.count("select job_execution_id from newsletter where id = ?", announcement);
    TestDatabase.execute(
        "update jbatchexecutioninstancedata set batchstatus = 'STARTED' where jobexecid = ?",
        (int) execution);
    TestDatabase.execute("update newsletter set heartbeat_at = now() where id = ?", announcement);
    HttpResponse<String> tooSoon =
        api.post("newsletters/" + announcement + "/restart", admin, null);
    assertThat(tooSoon.statusCode()).as("it moved just now: maybe alive").isEqualTo(409);
    assertThat(tooSoon.body()).contains("has not moved for 2 minutes");
    TestDatabase.execute(
        "update newsletter set heartbeat_at = now() - interval '10 minutes' where id = ?",
        announcement);

    expect(200, api.post("newsletters/" + announcement + "/restart", admin, null));
    JsonObject resumed = awaitJob(announcement, "COMPLETED");
    await().atMost(Duration.ofSeconds(90)).until(() -> sentWithSubject(subject) >= readers);
    Thread.sleep(2000); // a duplicate would come now
    assertThat(sentWithSubject(subject)).as("each reader once").isEqualTo(readers);
    assertThat(resumed.getJsonObject("progress").getJsonNumber("read").longValue())
        .as("the new job read only those after the last delivery")
        .isEqualTo(readers - before);
    assertThat(deliveries(announcement)).isEqualTo(readers);
  }

  /**
   * Releases the announcement and stops its job in the middle: one recipient's delivery row is held
   * in an open transaction, so the job's chunk with that recipient waits, and the stop surely comes
   * before the end; the job then stops after that chunk.
   */
  private void stopInTheMiddle(long announcement, long held) throws Exception {
    try (Connection lock = TestDatabase.connect()) {
      lock.setAutoCommit(false);
      try (PreparedStatement p =
          lock.prepareStatement(
              "insert into newsletter_delivery (newsletter_id, account_id, status, queued_at)"
                  + " values (?, ?, 'QUEUED', now())")) {
        p.setLong(1, announcement);
        p.setLong(2, held);
        p.executeUpdate();
      }
      expect(200, api.post("newsletters/" + announcement + "/release", admin, null));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  TestDatabase.count(
                          "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                              + " and query like 'insert into newsletter_delivery%'")
                      > 0);
      expect(200, api.post("newsletters/" + announcement + "/stop", admin, null));
      lock.rollback();
    }
  }

  @Test
  void anAnnouncementIsSanitisedPreviewedTestedAndReachesOnlyItsSegment() {
    long company = TestDatabase.newCompanyStaff();
    long designer = designerFollowing(newCategory("seg"));
    String subject = "Companies only " + unique;
    long id =
        idOf(
            api.post(
                "newsletters",
                admin,
                announcementJson(
                    subject,
                    "<p onclick=\\\"steal()\\\">New <a href=\\\"javascript:alert(1)\\\">terms</a>"
                        + " <a href=\\\"https://example.test/terms\\\">here</a></p>"
                        + "<script>alert(1)</script>",
                    "COMPANIES",
                    null)));

    JsonObject preview = json(api.get("newsletters/" + id + "/preview", admin));
    assertThat(preview.getString("html"))
        .contains("https://example.test/terms", "rel=\"nofollow noopener\"")
        .doesNotContain("<script", "onclick", "javascript:");
    assertThat(preview.getString("text")).contains("New terms here (https://example.test/terms)");

    expect(202, api.post("newsletters/" + id + "/test", admin, null));
    TestMail.awaitOne(emailOf(adminId), "[Test] " + subject);
    assertThat(deliveries(id)).as("a test sends nothing else").isZero();

    expect(200, api.post("newsletters/" + id + "/release", admin, null));
    awaitJob(id, "COMPLETED");
    MimeMessage mail = TestMail.awaitOne(emailOf(company), subject);
    assertThat(header(mail, "List-Unsubscribe")).contains("/api/unsubscribe?token=");
    assertThat(delivered(id, designer)).isZero();
    assertThat(TestMail.to(emailOf(designer))).isEmpty();
  }

  @Test
  void emailsQueuedWhileTheMailServerIsDownAreSentOnceWhenItIsBack() throws Exception {
    long company = TestDatabase.newCompanyStaff();
    String subject = "While the server was down " + unique;
    long id =
        idOf(
            api.post(
                "newsletters",
                admin,
                announcementJson(subject, "<p>Later</p>", "COMPANIES", null)));
    TestMail.stop();
    try {
      expect(200, api.post("newsletters/" + id + "/release", admin, null));
      awaitJob(id, "COMPLETED"); // queueing needs no mail server
      Thread.sleep(2000); // the first attempt fails meanwhile
      assertThat(
              TestDatabase.text(
                  "select status from newsletter_delivery where newsletter_id = ? and account_id = ?",
                  id,
                  company))
          .isEqualTo("QUEUED");
    } finally {
      TestMail.start();
    }
    TestMail.awaitOne(emailOf(company), subject); // redelivered 10 s later
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                "SENT"
                    .equals(
                        TestDatabase.text(
                            "select status from newsletter_delivery"
                                + " where newsletter_id = ? and account_id = ?",
                            id,
                            company)));
    Thread.sleep(2000);
    assertThat(TestMail.to(emailOf(company))).as("once").hasSize(1);
  }

  @Test
  void badAnnouncementsAreRefusedNamingTheFieldAndNothingIsWritten() {
    long before = TestDatabase.count("select count(*) from newsletter");
    assertField(
        api.post("newsletters", admin, announcementJson("", "<p>B</p>", "EVERYONE", null)),
        "subject");
    assertField(
        api.post(
            "newsletters", admin, announcementJson("S", "<script>x()</script>", "EVERYONE", null)),
        "body");
    assertField(
        api.post("newsletters", admin, announcementJson("S", "<p>B</p>", "CATEGORY", null)),
        "category");
    assertField(
        api.post("newsletters", admin, announcementJson("S", "<p>B</p>", "CATEGORY", "no-such")),
        "category");
    assertField(
        api.post("newsletters", admin, announcementJson("S", "<p>B</p>", "DIGEST", null)),
        "segment");
    assertField(
        api.post("newsletters", admin, "{\"subject\": \"S\", \"body\": \"<p>B</p>\"}"), "segment");
    assertField(
        api.post(
            "newsletters", admin, announcementJson("x".repeat(151), "<p>B</p>", "EVERYONE", null)),
        "subject");
    expect(400, api.post("newsletters", admin, announcementJson("S", "<p>B</p>", "ALIENS", null)));
    expect(
        403,
        api.post(
            "newsletters",
            bearer(TestDatabase.newAccount("MODERATOR")),
            announcementJson("S", "<p>B</p>", "EVERYONE", null)));
    expect(404, api.get("newsletters/999999999", admin));
    assertThat(TestDatabase.count("select count(*) from newsletter")).isEqualTo(before);

    // the page: messages next to the fields, nothing written
    PageSession page = signedIn(adminId);
    assertThat(
            page.submit(
                    "newsletters.xhtml",
                    "announcement",
                    Map.of(
                        "subject", "", "body", "<p>B</p>", "segment", "EVERYONE", "category", ""))
                .body())
        .contains("Write a subject.");
    assertThat(
            page.submit(
                    "newsletters.xhtml",
                    "announcement",
                    Map.of(
                        "subject", "S", "body", "<p>B</p>", "segment", "CATEGORY", "category", ""))
                .body())
        .contains("Choose one of the categories.");
    assertThat(TestDatabase.count("select count(*) from newsletter")).isEqualTo(before);
    String written =
        page.submit(
                "newsletters.xhtml",
                "announcement",
                Map.of(
                    "subject", "From the page " + unique,
                    "body", "<p>Hi &amp; <i>bye</i></p>",
                    "segment", "EVERYONE",
                    "category", ""))
            .body();
    assertThat(written).contains("Draft saved", "From the page " + unique, "Hi &amp; <i>bye</i>");
    assertThat(page.get("newsletters.xhtml").body())
        .contains("From the page " + unique, ">Newsletters</a>"); // the header links here
    // others are turned away
    assertThat(signedIn(TestDatabase.newDesigner()).get("newsletters.xhtml").statusCode())
        .isEqualTo(403);
  }

  @Test
  void oneClickPostAndTheLinkUnsubscribeWithoutSigningIn() {
    long byPost = TestDatabase.newCompanyStaff();
    long byLink = TestDatabase.newCompanyStaff();
    String subject = "Unsubscribe me " + unique;
    long first =
        idOf(
            api.post(
                "newsletters", admin, announcementJson(subject, "<p>1</p>", "COMPANIES", null)));
    expect(200, api.post("newsletters/" + first + "/release", admin, null));
    MimeMessage toPost = TestMail.awaitOne(emailOf(byPost), subject);
    MimeMessage toLink = TestMail.awaitOne(emailOf(byLink), subject);

    // RFC 8058: the mail program POSTs this body to the header's address
    // the links name PUBLIC_BASE_URL; here the app answers at the test deployment's address
    String oneClick =
        http.app(
                header(toPost, "List-Unsubscribe")
                    .replaceAll("^<http.*?/(api/unsubscribe.*)>$", "$1"))
            .toString();
    HttpResponse<String> posted =
        http.post(
            URI.create(oneClick),
            "application/x-www-form-urlencoded",
            "List-Unsubscribe=One-Click");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    assertThat(posted.body()).contains("ANNOUNCEMENTS");
    assertThat(unsubscribed(byPost)).isTrue();
    expect(
        200,
        http.post(
            URI.create(oneClick),
            "application/x-www-form-urlencoded",
            "List-Unsubscribe=One-Click"));

    // the visible link opens a page with one button
    Matcher link =
        Pattern.compile("(http\\S+/unsubscribe\\.xhtml\\?token=\\S+)").matcher(textPart(toLink));
    assertThat(link.find()).isTrue();
    String page = link.group(1).replaceAll("^.*/(unsubscribe\\.xhtml.*)$", "$1");
    assertThat(unsubscribed(byLink)).as("opening the link alone changes nothing").isFalse();
    String landed =
        new PageSession(http)
            .submit(page, "unsubscribe", Map.of("token", page.replaceAll(".*token=", "")))
            .body();
    assertThat(landed).contains("You are unsubscribed from announcements.");
    assertThat(unsubscribed(byLink)).isTrue();

    // a forged or damaged token: refused, named, nothing changes
    long other = TestDatabase.newCompanyStaff();
    String forged = oneClick.replaceAll("token=\\d+", "token=" + other);
    HttpResponse<String> refused =
        http.post(
            URI.create(forged), "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
    assertField(refused, "token");
    assertThat(unsubscribed(other)).isFalse();
    assertThat(
            new PageSession(http)
                .submit(
                    "unsubscribe.xhtml?token=1.ANNOUNCEMENTS.bad",
                    "unsubscribe",
                    Map.of("token", "1.ANNOUNCEMENTS.bad"))
                .body())
        .contains("This unsubscribe link is not valid.");

    String second = "After unsubscribing " + unique;
    long next =
        idOf(
            api.post(
                "newsletters", admin, announcementJson(second, "<p>2</p>", "COMPANIES", null)));
    expect(200, api.post("newsletters/" + next + "/release", admin, null));
    awaitJob(next, "COMPLETED");
    TestMail.awaitOne(emailOf(other), second);
    assertThat(delivered(next, byPost)).isZero();
    assertThat(delivered(next, byLink)).isZero();
  }

  @Test
  void settingsShowConsentAndChangeListsAndCategories() {
    long designer = designerFollowing("logo");
    String me = bearer(designer);
    JsonObject mine = json(api.get("newsletter-subscriptions", me));
    assertThat(mine.getJsonObject("lists").getJsonObject("WEEKLY_DIGEST").getBoolean("subscribed"))
        .isTrue();
    assertThat(mine.getJsonObject("lists").getJsonObject("ANNOUNCEMENTS").getString("consentAt"))
        .isNotBlank();
    assertThat(
            TestDatabase.text(
                "select consent_source from newsletter_subscription where account_id = ? and list = 'WEEKLY_DIGEST'",
                designer))
        .isEqualTo("SIGN_UP");

    JsonObject changed =
        json(
            api.put(
                "newsletter-subscriptions",
                me,
                "{\"weeklyDigest\": false, \"categories\": [\"print\", \"logo\"]}"));
    assertThat(
            changed.getJsonObject("lists").getJsonObject("WEEKLY_DIGEST").getBoolean("subscribed"))
        .isFalse();
    assertThat(changed.getJsonArray("categories").toString()).isEqualTo("[\"logo\",\"print\"]");
    json(api.put("newsletter-subscriptions", me, "{\"weeklyDigest\": true}"));
    assertThat(
            TestDatabase.text(
                "select consent_source from newsletter_subscription where account_id = ? and list = 'WEEKLY_DIGEST'",
                designer))
        .as("consent given again, on the settings")
        .isEqualTo("SETTINGS");

    assertField(
        api.put("newsletter-subscriptions", me, "{\"categories\": [\"no-such\"]}"), "categories");
    long company = TestDatabase.newCompanyStaff();
    assertField(
        api.put("newsletter-subscriptions", bearer(company), "{\"weeklyDigest\": true}"),
        "weeklyDigest");
    assertThat(
            json(api.get("newsletter-subscriptions", bearer(company)))
                .getJsonObject("lists")
                .containsKey("WEEKLY_DIGEST"))
        .isFalse();

    // the page
    PageSession page = signedIn(designer);
    assertThat(page.get("newsletter-settings.xhtml").body())
        .contains("Weekly digest", "Agreed on")
        .doesNotContain(">Newsletters</a>"); // administrators only
    String saved =
        page.submit(
                "newsletter-settings.xhtml",
                "newsletters",
                Map.of("announcements", "true", "categories", "print"))
            .body();
    assertThat(saved).contains("Your newsletter settings are saved.");
    assertThat(
            TestDatabase.text(
                "select string_agg(category_code, ',') from followed_category where account_id = ?",
                designer))
        .isEqualTo("print");
    assertThat(
            TestDatabase.count(
                "select count(*) from newsletter_subscription where account_id = ? and unsubscribed_at is not null",
                designer))
        .as("the unticked digest box unsubscribes")
        .isEqualTo(1);
  }

  // --- helpers

  private String newCategory(String name) {
    String code = name + "-" + unique;
    TestDatabase.execute("insert into category (code, name) values (?, ?)", code, "Test " + code);
    return code;
  }

  private long launched(String company, String title, String category) {
    long id =
        idOf(
            api.post(
                "contests",
                company,
                ("{\"title\": \"%s\", \"category\": \"%s\", \"prize\": 500, \"currency\": \"EUR\"}")
                    .formatted(title, category)));
    expect(200, api.post("contests/" + id + "/launch", company, null));
    return id;
  }

  private static long designerFollowing(String category) {
    long designer = TestDatabase.newDesigner();
    TestDatabase.execute(
        "insert into followed_category (account_id, category_code) values (?, ?)",
        designer,
        category);
    return designer;
  }

  /** Many confirmed designers following the category, in one statement; their ids in order. */
  private List<Long> designersFollowing(String category, int howMany) {
    TestDatabase.execute(
        "with made as (insert into account (email, display_name, role, created_at, email_verified_at)"
            + " select 'reader-' || ? || '-' || g || '@example.test', 'Reader ' || g, 'DESIGNER',"
            + " now(), now() from generate_series(1, ?) g returning id)"
            + " insert into followed_category (account_id, category_code) select id, ? from made",
        unique,
        howMany,
        category);
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 1; i <= howMany; i++) {
      ids.add(TestDatabase.accountIdOf("reader-" + unique + "-" + i + "@example.test"));
    }
    ids.sort(null);
    return ids;
  }

  private static String announcementJson(
      String subject, String body, String segment, String category) {
    return "{\"subject\": \"%s\", \"body\": \"%s\", \"segment\": \"%s\"%s}"
        .formatted(
            subject, body, segment, category == null ? "" : ", \"category\": \"" + category + "\"");
  }

  private JsonObject awaitJob(long newsletter, String status) {
    return await()
        .alias("newsletter " + newsletter + " job " + status)
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> json(api.get("newsletters/" + newsletter, admin)),
            n -> status.equals(n.getString("jobStatus", null)));
  }

  private PageSession signedIn(long account) {
    TestDatabase.setPassword(account, PASSWORD);
    PageSession page = new PageSession(http);
    page.signIn(emailOf(account), PASSWORD, false);
    return page;
  }

  private static String emailOf(long account) {
    return TestDatabase.text("select email from account where id = ?", account);
  }

  private static long delivered(long newsletter, long account) {
    return TestDatabase.count(
        "select count(*) from newsletter_delivery where newsletter_id = ? and account_id = ?",
        newsletter,
        account);
  }

  private static long deliveries(long newsletter) {
    return TestDatabase.count(
        "select count(*) from newsletter_delivery where newsletter_id = ?", newsletter);
  }

  private static boolean unsubscribed(long account) {
    return TestDatabase.count(
            "select count(*) from newsletter_subscription where account_id = ?"
                + " and list = 'ANNOUNCEMENTS' and unsubscribed_at is not null",
            account)
        == 1;
  }

  private static long sentWithSubject(String subject) {
    return TestMail.all().stream().filter(m -> subject.equals(TestMail.subjectOf(m))).count();
  }

  private static void assertField(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"" + field + "\"");
  }

  private static long idOf(HttpResponse<String> created) {
    return ContestApi.idOf(created);
  }

  private static String header(MimeMessage message, String name) {
    try {
      return message.getHeader(name, null);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String textPart(MimeMessage message) {
    return part(message, 0);
  }

  private static String htmlPart(MimeMessage message) {
    return part(message, 1);
  }

  private static String part(MimeMessage message, int index) {
    try {
      return (String) ((MimeMultipart) message.getContent()).getBodyPart(index).getContent();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
