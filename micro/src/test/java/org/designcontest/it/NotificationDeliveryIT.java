package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.designcontest.it.support.ContestApi.bearer;
import static org.designcontest.it.support.ContestApi.expect;
import static org.designcontest.it.support.ContestApi.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.designcontest.it.support.BrokerClient;
import org.designcontest.it.support.Browser;
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
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How notifications travel: chosen settings (and bad ones refused), a redelivered event, a poison
 * message, the SMTP server down for a while, and live toasts over WebSocket.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationDeliveryIT {

  private static final String PASSWORD = "correct horse battery";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private ContestApi api;
  private long leadId;
  private String lead;
  private long colleagueId;
  private String colleague;
  private String colleagueEmail;

  @BeforeEach
  void aCompanyOfTwo() {
    http = new Http(deployment);
    api = new ContestApi(http);
    leadId = TestDatabase.newCompanyStaff();
    lead = bearer(leadId);
    colleagueId = TestDatabase.newStaffOf(TestDatabase.companyOf(leadId));
    colleague = bearer(colleagueId);
    colleagueEmail = emailOf(colleagueId);
  }

  @Test
  void settingsAreHonouredAndBadOnesChangeNothing() {
    long designerId = TestDatabase.newDesigner();
    String designer = bearer(designerId);
    String before = api.get("notification-settings", designer).body();
    assertThat(before).contains("\"FEEDBACK\":\"DAILY\"").contains("\"AWARDS\":\"IMMEDIATELY\"");
    assertThat(
            field(api.put("notification-settings", designer, "{\"email\": {\"NOPE\": \"DAILY\"}}")))
        .isEqualTo("email");
    assertThat(
            field(
                api.put(
                    "notification-settings", designer, "{\"email\": {\"AWARDS\": \"SOMETIMES\"}}")))
        .isEqualTo("email.AWARDS");
    assertThat(
            field(
                api.put(
                    "notification-settings",
                    designer,
                    "{\"email\": {\"AWARDS\": \"NEVER\"}, \"digestHour\": 24}")))
        .isEqualTo("digestHour");
    assertThat(
            field(
                api.put(
                    "notification-settings",
                    designer,
                    "{\"email\": {\"AWARDS\": \"NEVER\"}, \"timeZone\": \"Mars/Olympus\"}")))
        .isEqualTo("timeZone");
    assertThat(api.get("notification-settings", designer).body())
        .as("nothing changed")
        .isEqualTo(before);
    String companyToken =
        "Bearer " + TestDatabase.newToken(leadId, TestDatabase.companyOf(leadId), "WRITE");
    assertThat(api.get("notification-settings", companyToken).statusCode()).isEqualTo(403);
    assertThat(api.get("notifications", companyToken).statusCode()).isEqualTo(403);
    assertThat(api.get("notifications", null).statusCode()).isEqualTo(401);

    JsonObject chosen =
        json(
            api.put(
                "notification-settings",
                designer,
                "{\"email\": {\"AWARDS\": \"never\", \"CONTEST_STAGES\": \"daily\"},"
                    + " \"digestHour\": 6, \"timeZone\": \"Europe/Berlin\"}"));
    assertThat(chosen.getJsonObject("email").getString("AWARDS")).isEqualTo("NEVER");
    assertThat(chosen.getInt("digestHour")).isEqualTo(6);

    // a finalist (AWARDS: never) whose final round ends (CONTEST_STAGES: daily)
    String title = "Settings " + UUID.randomUUID().toString().substring(0, 8);
    long contest = api.draft(lead, title);
    expect(200, api.post("contests/" + contest + "/launch", lead, null));
    long entry = api.submit(contest, designer, "Wave", 21);
    long other = api.submit(contest, bearer(TestDatabase.newDesigner()), "Anchor", 22);
    json(
        api.post(
            "contests/" + contest + "/finalists",
            lead,
            "{\"designers\": ["
                + api.numberOf(lead, contest, entry)
                + ", "
                + api.numberOf(lead, contest, other)
                + "]}"));
    ContestApi.passDeadline(contest);
    api.awaitStage(lead, contest, "WINNER_SELECTION");
    String t = "“" + title + "”";
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> api.get("notifications", designer).body(),
            body ->
                body.contains("You are a finalist in " + t)
                    && body.contains("Final round of " + t + " ended"));
    JsonObject unread = json(api.get("notifications/unread-count", designer));
    assertThat(unread.getInt("unread")).isEqualTo(2);

    TestDatabase.execute(
        "update notification_digest set next_due_at = now() - interval '1 second' where account_id = ?",
        designerId);
    String email = emailOf(designerId);
    TestMail.awaitOne(email, "Your designcontest digest: 1 notification");
    assertThat(TestMail.to(email)).as("nothing but the digest was emailed").hasSize(1);
    assertThat(
            TestDatabase.count(
                "select count(*) from notification_digest where account_id = ? and hour = 6"
                    + " and time_zone = 'Europe/Berlin'"
                    + " and extract(hour from next_due_at at time zone 'Europe/Berlin') = 6",
                designerId))
        .as("the next digest at 06:00 in Berlin")
        .isEqualTo(1);

    long first =
        json(api.get("notifications?unread=true", designer))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertThat(
            json(api.post("notifications/" + first + "/read", designer, null)).getBoolean("read"))
        .isTrue();
    assertThat(api.post("notifications/" + first + "/read", lead, null).statusCode())
        .as("someone else's notification")
        .isEqualTo(404);
    assertThat(json(api.post("notifications/read-all", designer, null)).getInt("marked"))
        .isEqualTo(1);
    assertThat(json(api.get("notifications/unread-count", designer)).getInt("unread")).isZero();
  }

  @Test
  void aRedeliveredEventTellsNobodyTwiceAndAPoisonMessageIsDeadLetteredWithoutBlockingOthers() {
    String title = "Redelivery " + UUID.randomUUID().toString().substring(0, 8);
    long contest = api.draft(lead, title);
    expect(200, api.post("contests/" + contest + "/launch", lead, null));
    String subject = "“" + title + "” is open for entries";
    TestMail.awaitOne(colleagueEmail, subject);

    String poison = "not an event " + UUID.randomUUID();
    BrokerClient.send("notifications", poison);
    // the launch again, as the broker would redeliver it: same event id
    String launched =
        TestDatabase.text(
            "select json_build_object('eventId', event_id, 'type', event_type, 'contestId',"
                + " contest_id, 'actor', actor, 'occurredAt', occurred_at)::text"
                + " from contest_event where contest_id = ? and event_type = 'CONTEST_LAUNCHED'",
            contest);
    BrokerClient.send("notifications", launched);
    BrokerClient.send("notifications", launched);
    // and a new event behind the poison, which must not wait for it
    BrokerClient.send(
        "notifications",
        launched.replaceFirst(
            "\"eventId\" : \"[^\"]+\"", "\"eventId\" : \"" + UUID.randomUUID() + "\""));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> notificationsAbout(contest, colleagueId) == 2);

    await()
        .alias("the poison message in the dead-letter queue")
        .atMost(Duration.ofSeconds(60))
        .until(() -> BrokerClient.browse(BrokerClient.DEAD_LETTERS).contains(poison));
    assertThat(notificationsAbout(contest, colleagueId))
        .as("the redelivery added none")
        .isEqualTo(2);
    assertThat(TestMail.to(colleagueEmail).stream().filter(m -> subjectOf(m).equals(subject)))
        .as("one email per event: the original and the new one")
        .hasSize(2);

    // operations see it, and replay it to where it came from (where it fails again)
    String admin = bearer(TestDatabase.newAccount("ADMIN"));
    assertThat(api.get("dead-letters", colleague).statusCode()).isEqualTo(403);
    JsonObject letter =
        Http.json(api.get("dead-letters", admin))
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(l -> poison.equals(l.getString("body", null)))
            .findFirst()
            .orElseThrow();
    assertThat(letter.getString("origin")).isEqualTo("notifications");
    String id = letter.getString("messageId");
    assertThat(api.post("dead-letters/" + id + "/replay", colleague, null).statusCode())
        .isEqualTo(403);
    assertThat(json(api.post("dead-letters/" + id + "/replay", admin, null)).getString("body"))
        .isEqualTo(poison);
    assertThat(api.post("dead-letters/" + id + "/replay", admin, null).statusCode())
        .as("gone from the dead letters once replayed")
        .isEqualTo(404);
    await()
        .alias("the replayed poison back in the dead-letter queue")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Http.json(api.get("dead-letters", admin))
                    .asJsonArray()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .anyMatch(
                        l ->
                            poison.equals(l.getString("body", null))
                                && !id.equals(l.getString("messageId"))));
  }

  @Test
  void withTheMailServerDownNothingIsLostAndNothingSentTwice() {
    String title = "Outage " + UUID.randomUUID().toString().substring(0, 8);
    long contest = api.draft(lead, title);
    TestMail.stop();
    try {
      expect(200, api.post("contests/" + contest + "/launch", lead, null));
      await()
          .alias("a failed attempt, to be retried later")
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  TestDatabase.count(
                          "select count(*) from outgoing_mail where recipient = ? and sent_at is null"
                              + " and attempts >= 1 and next_attempt_at > now()",
                          colleagueEmail)
                      == 1);
    } finally {
      TestMail.start();
    }
    TestMail.awaitOne(colleagueEmail, "“" + title + "” is open for entries");
    await()
        .during(Duration.ofSeconds(6))
        .atMost(Duration.ofSeconds(10))
        .until(() -> TestMail.to(colleagueEmail).size() == 1);
  }

  @Test
  void anOpenPageHearsOfItsNotificationsAlsoFromAnotherInstance() throws Exception {
    BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    WebSocket socket = connect(colleague, heard);
    BlockingQueue<String> strangers = new LinkedBlockingQueue<>();
    WebSocket stranger = connect(bearer(TestDatabase.newDesigner()), strangers);

    String title = "Live " + UUID.randomUUID().toString().substring(0, 8);
    long contest = api.draft(lead, title);
    expect(200, api.post("contests/" + contest + "/launch", lead, null));
    String first = next(heard);
    assertThat(first).as("a toast, not a closed socket").startsWith("{");
    JsonObject toast = Json.createReader(new StringReader(first)).readObject();
    assertThat(toast.getString("type")).isEqualTo("notification");
    assertThat(toast.getString("title")).isEqualTo("“" + title + "” is open for entries");
    assertThat(toast.getString("link")).isEqualTo("/contest.xhtml?id=" + contest);
    assertThat(toast.getInt("unread")).isEqualTo(1);

    // what another instance relays through the topic reaches this instance's pages
    BrokerClient.publish(
        "live",
        "{\"type\":\"notification\",\"title\":\"from elsewhere\",\"unread\":2}",
        colleagueId);
    assertThat(next(heard)).contains("from elsewhere");
    assertThat(strangers.poll(1, TimeUnit.SECONDS)).as("nobody else's page hears it").isNull();

    assertThat(refusedHandshake(null))
        .as("no socket without a caller: refused before the upgrade")
        .isEqualTo(401);
    String companyToken =
        "Bearer " + TestDatabase.newToken(leadId, TestDatabase.companyOf(leadId), "WRITE");
    assertThat(refusedHandshake(companyToken))
        .as("a company token has no live updates")
        .isEqualTo(403);
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    stranger.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
  }

  @Test
  void theNotificationCentreAndTheSettingsPage() {
    String email = "pages-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    PageSession browser = new PageSession(http);
    browser.submit(
        "signup.xhtml",
        "designer",
        Map.of("email", email, "password", PASSWORD, "displayName", "Noor", "categories", "logo"));
    long me = TestDatabase.accountIdOf(email);
    long contest = api.draft(lead, "Pages");
    for (String title : List.of("First <news>", "Second news")) {
      TestDatabase.execute(
          "insert into notification (event_id, recipient_id, kind, contest_id, title, body, link,"
              + " created_at, email) values (gen_random_uuid(), ?, 'FEEDBACK', ?, ?, 'Details',"
              + " '/contest.xhtml?id=' || ?, now(), 'NEVER')",
          me,
          contest,
          title,
          contest);
    }
    browser.signIn(email, PASSWORD, false);

    String centre = browser.get("notifications.xhtml").body();
    assertThat(centre)
        .contains("First &lt;news&gt;")
        .contains("Second news")
        .contains("<span id=\"unread-count\" class=\"badge\" aria-label=\"unread\">2</span>");
    String read = browser.submit("notifications.xhtml", "readAll", Map.of()).body();
    assertThat(read)
        .contains("2 notifications marked as read.")
        .contains("aria-label=\"unread\">0</span>");

    assertThat(
            browser
                .submit(
                    "notification-settings.xhtml",
                    "settings",
                    Map.of("digestHour", "25", "timeZone", "UTC"))
                .body())
        .contains("The digest hour is 0 to 23.");
    assertThat(
            browser
                .submit(
                    "notification-settings.xhtml",
                    "settings",
                    Map.of("digestHour", "7", "timeZone", "Mars/Olympus"))
                .body())
        .contains("Name a time zone such as Europe/Berlin or UTC.");
    assertThat(
            TestDatabase.count("select count(*) from notification_digest where account_id = ?", me))
        .as("nothing saved")
        .isZero();
    assertThat(
            browser
                .submit(
                    "notification-settings.xhtml",
                    "settings",
                    Map.of("digestHour", "7", "timeZone", "Asia/Tokyo"))
                .body())
        .contains("Your notification settings are saved.");
    assertThat(
            TestDatabase.count(
                "select count(*) from notification_digest where account_id = ? and hour = 7"
                    + " and time_zone = 'Asia/Tokyo'",
                me))
        .isEqualTo(1);
  }

  @Test
  void anOpenPageShowsAToastAndTheNewCountWithoutReload() throws Exception {
    String email = "toast-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    new PageSession(http)
        .submit(
            "signup.xhtml",
            "designer",
            Map.of(
                "email", email, "password", PASSWORD, "displayName", "Ines", "categories", "logo"));
    long me = TestDatabase.accountIdOf(email);
    TestDatabase.execute("update account set email_verified_at = now() where id = ?", me);
    String title = "Toast " + UUID.randomUUID().toString().substring(0, 8);
    long contest = api.draft(lead, title);
    expect(200, api.post("contests/" + contest + "/launch", lead, null));
    long entry = api.submit(contest, bearer(me), "Wave", 31);

    ChromeDriver browser = Browser.open();
    try {
      browser.get(http.app("login.xhtml").toString());
      browser.findElement(By.id("signIn:email")).sendKeys(email);
      browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      browser.findElement(By.id("signIn:submit")).click();
      wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
      browser.get(http.app("notifications.xhtml").toString());
      wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-live", "connected"));
      assertThat(browser.findElement(By.id("unread-count")).getText()).isEqualTo("0");

      expect(204, api.put("entries/" + entry + "/rating", lead, "{\"stars\": 4}"));
      WebElement toast =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#toasts .toast")));
      assertThat(toast.getText()).isEqualTo("Your entry in “" + title + "” was rated");
      assertThat(toast.getAttribute("href"))
          .as("feedback opens the designer's own entries")
          .endsWith("/my-entries.xhtml");
      assertThat(browser.findElement(By.id("unread-count")).getText()).isEqualTo("1");
      Path shots = Path.of("target", "screenshots");
      Files.createDirectories(shots);
      Files.write(
          shots.resolve("notification-toast.png"), browser.getScreenshotAs(OutputType.BYTES));

      browser.navigate().refresh();
      browser.findElement(By.cssSelector("input[value='Mark as read']")).click();
      // the click posts and redirects: wait for the new page rather than read the old one
      wait.until(ExpectedConditions.textToBe(By.id("flash"), "Marked as read."));
      wait.until(ExpectedConditions.textToBe(By.id("unread-count"), "0"));
      browser.findElement(By.cssSelector("input.title")).click();
      wait.until(ExpectedConditions.urlContains("/my-entries.xhtml"));
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My entries");
    } finally {
      browser.quit();
    }
  }

  @Test
  void aSignedInPagesSocketOpensOnlyFromThisSitesPages() {
    String email = "origin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    PageSession browser = new PageSession(http);
    browser.submit(
        "signup.xhtml",
        "designer",
        Map.of("email", email, "password", PASSWORD, "displayName", "Ola", "categories", "logo"));
    browser.signIn(email, PASSWORD, false);
    String session = "JSESSIONID=" + browser.cookie("JSESSIONID").orElseThrow();
    String ours = "http://" + http.app("live").getAuthority();

    assertThat(handshake("Cookie", session, "Origin", ours))
        .as("a page of this site")
        .isEqualTo(101);
    assertThat(handshake("Cookie", session, "Origin", "https://evil.example"))
        .as("another site's page riding on the visitor's session (cross-site WebSocket hijacking)")
        .isEqualTo(403);
    assertThat(handshake("Cookie", session, "Origin", "null")).isEqualTo(403);
  }

  /** 101 if the handshake with these headers was accepted, else the status it was refused with. */
  private int handshake(String... headers) {
    URI uri = URI.create(http.app("live").toString().replaceFirst("^http", "ws"));
    WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    try {
      builder.buildAsync(uri, new WebSocket.Listener() {}).join().abort();
      return 101;
    } catch (CompletionException e) {
      if (e.getCause() instanceof WebSocketHandshakeException refused) {
        return refused.getResponse().statusCode();
      }
      throw e;
    }
  }

  /** The status with which the server refused the WebSocket handshake. */
  private int refusedHandshake(String token) {
    try {
      connect(token, new LinkedBlockingQueue<>()).abort();
    } catch (CompletionException e) {
      if (e.getCause() instanceof WebSocketHandshakeException refused) {
        return refused.getResponse().statusCode();
      }
      throw e;
    }
    throw new AssertionError("the handshake was accepted");
  }

  private WebSocket connect(String token, BlockingQueue<String> heard) {
    URI uri = URI.create(http.app("live").toString().replaceFirst("^http", "ws"));
    WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
    if (token != null) {
      builder.header("Authorization", token);
    }
    return builder
        .buildAsync(
            uri,
            new WebSocket.Listener() {
              @Override
              public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                heard.add(data.toString());
                return WebSocket.Listener.super.onText(ws, data, last);
              }

              @Override
              public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                heard.add("closed " + status);
                return null;
              }
            })
        .join();
  }

  private static String next(BlockingQueue<String> heard) throws InterruptedException {
    String message = heard.poll(20, TimeUnit.SECONDS);
    assertThat(message).as("a message within 20 s").isNotNull();
    return message;
  }

  private static long notificationsAbout(long contest, long account) {
    return TestDatabase.count(
        "select count(*) from notification where contest_id = ? and recipient_id = ?",
        contest,
        account);
  }

  private static String field(java.net.http.HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    return Http.json(response)
        .asJsonObject()
        .getJsonArray("errors")
        .getJsonObject(0)
        .getString("field");
  }

  private static String emailOf(long account) {
    return TestDatabase.text("select email from account where id = ?", account);
  }

  private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
