package org.designcontest.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke tests of the EAR on Payara Server Full, from outside over HTTP. The build has created a
 * domain with server-config/payara-server.sh (PostgreSQL pool, OpenMQ's adapter imqjmsra pointed at
 * a broker of the build, queues), deployed the EAR and waited for readiness; see ear/pom.xml.
 */
class EarSmokeIT {

  private static final URI APP = URI.create(System.getProperty("smoke.app.url"));
  private static final URI ADMIN = URI.create(System.getProperty("smoke.admin.url"));
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static final String PASSWORD = "smoke-" + unique() + "-password";
  private static String email;
  private static String bearer;

  /** A company signed up through the API, and an API token its owner makes with the password. */
  @BeforeAll
  static void aCompanyWithAnApiToken() {
    email = "smoke-" + unique() + "@example.test";
    HttpResponse<String> signedUp =
        send(
            CLIENT,
            HttpRequest.newBuilder(APP.resolve("api/accounts/companies"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder()
                            .add("companyName", "Smoke Co")
                            .add("email", email)
                            .add("password", PASSWORD)
                            .add("displayName", "Smoke")
                            .build()
                            .toString())));
    assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(202);

    String basic =
        Base64.getEncoder()
            .encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> token =
        send(
            CLIENT,
            HttpRequest.newBuilder(APP.resolve("api/tokens"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + basic)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"smoke\",\"scope\":\"WRITE\"}")));
    assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
    bearer = "Bearer " + json(token).asJsonObject().getString("secret");
  }

  @Test
  void theEarIsDeployed() {
    HttpResponse<String> listed =
        get(
            ADMIN.resolve("management/domain/applications/list-applications"),
            "Accept",
            "application/json");

    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    JsonObject applications = json(listed).asJsonObject().getJsonObject("properties");
    assertThat(applications).as(listed.body()).containsKeys("designcontest", "imqjmsra");
    assertThat(applications.getString("designcontest")).contains("ear", "ejb", "web");
    assertThat(applications.getString("imqjmsra")).contains("connector");
  }

  @Test
  void readyWithTheDatabaseAndTheBroker() {
    HttpResponse<String> ready = get(APP.resolve("health/ready"));

    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    JsonObject health = json(ready).asJsonObject();
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
        .extracting(check -> check.getString("name"), check -> check.getString("status"))
        .contains(tuple("database", "UP"), tuple("broker", "UP"));
  }

  @Test
  void aDraftSavedThroughTheApiIsReadBack() {
    String title = "Smoke logo " + unique();
    long id = saveDraft(title);

    HttpResponse<String> read = get(APP.resolve("api/contests/" + id), "Authorization", bearer);

    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonObject contest = json(read).asJsonObject();
    assertThat(contest.getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(contest.getString("title")).isEqualTo(title);
    assertThat(contest.getString("stage")).isEqualTo("DRAFT");
    assertThat(contest.getString("category")).isEqualTo("logo");
  }

  @Test
  void facesPagesAnswerAndShowTheDraftToItsCompany() {
    String title = "Smoke page " + unique();
    long id = saveDraft(title);
    URI page = APP.resolve("contest.xhtml?id=" + id);

    HttpResponse<String> index = get(APP);
    assertThat(index.statusCode()).as(index.body()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(html());
    assertThat(index.body()).contains("Open contests ending soonest");
    // the public list (home page, contests page, API) is read in the EJB module's persistence unit
    HttpResponse<String> list = get(APP.resolve("api/contests"));
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    HttpResponse<String> contests = get(APP.resolve("contests.xhtml"));
    assertThat(contests.statusCode()).as(contests.body()).isEqualTo(200);
    // a draft is its company's alone: to anyone else it does not exist
    assertThat(get(page).statusCode()).isEqualTo(404);

    HttpClient browser = signedInBrowser();
    HttpResponse<String> shown = send(browser, HttpRequest.newBuilder(page).GET());
    assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
    assertThat(shown.headers().firstValue("Content-Type")).hasValueSatisfying(html());
    assertThat(shown.body()).contains(title).contains("DRAFT");
  }

  @Test
  void theDraftsEventCrossesTheBroker() {
    long id = saveDraft("Smoke event " + unique());
    URI events = APP.resolve("api/contests/" + id + "/events");

    // the listener (an MDB on imqjmsra) records the event once the broker has delivered it
    HttpResponse<String> recorded =
        await("the event of contest " + id + " in " + events)
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(250))
            .until(
                () -> get(events, "Authorization", bearer),
                answer -> answer.statusCode() != 200 || !json(answer).asJsonArray().isEmpty());

    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
    JsonArray history = json(recorded).asJsonArray();
    assertThat(history).hasSize(1);
    assertThat(history.getJsonObject(0).getString("type")).isEqualTo("CONTEST_DRAFTED");
  }

  @Test
  void aNewsletterJobRunsAndTheServersBatchToolingListsIt() throws Exception {
    String admin = "Bearer " + newAdminToken();
    HttpResponse<String> written =
        send(
            CLIENT,
            HttpRequest.newBuilder(APP.resolve("api/newsletters"))
                .header("Content-Type", "application/json")
                .header("Authorization", admin)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"subject\":\"Smoke news\",\"body\":\"<p>Hi</p>\","
                            + "\"segment\":\"COMPANIES\"}")));
    assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
    long id = json(written).asJsonObject().getJsonNumber("id").longValue();
    HttpResponse<String> released =
        send(
            CLIENT,
            HttpRequest.newBuilder(APP.resolve("api/newsletters/" + id + "/release"))
                .header("Authorization", admin)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(released.statusCode()).as(released.body()).isEqualTo(200);

    await("the newsletter job of " + id)
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> json(get(APP.resolve("api/newsletters/" + id), "Authorization", admin)),
            n -> "COMPLETED".equals(n.asJsonObject().getString("jobStatus", null)));

    // asadmin list-batch-jobs and list-batch-job-executions, through the admin REST interface
    HttpResponse<String> jobs =
        get(ADMIN.resolve("management/domain/list-batch-jobs"), "Accept", "application/json");
    assertThat(jobs.statusCode()).as(jobs.body()).isEqualTo(200);
    // one instance or more: the weekly digest, due on a fresh database from Monday on, may start
    // its own
    assertThat(json(jobs).asJsonObject().getString("message"))
        .matches("(?s).*newsletter +[1-9][0-9]*.*");
    HttpResponse<String> executions =
        get(
            ADMIN.resolve("management/domain/list-batch-job-executions"),
            "Accept",
            "application/json");
    assertThat(executions.statusCode()).as(executions.body()).isEqualTo(200);
    assertThat(json(executions).asJsonObject().getString("message"))
        .contains("newsletter", "COMPLETED");
  }

  /** An administrator with an API token, made in the database; returns the token's secret. */
  private static String newAdminToken() throws Exception {
    String secret = "dc_smoke_" + unique();
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("smoke.db.url"),
                System.getProperty("smoke.db.user"),
                System.getProperty("smoke.db.password"));
        PreparedStatement p =
            c.prepareStatement(
                "with admin as (insert into account (email, display_name, role, created_at)"
                    + " values (?, 'Smoke admin', 'ADMIN', now()) returning id)"
                    + " insert into api_token (token_hash, name, created_by, scope, created_at)"
                    + " select ?, 'smoke', id, 'WRITE', now() from admin")) {
      p.setString(1, "smoke-admin-" + unique() + "@example.test");
      p.setString(
          2,
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(secret.getBytes(StandardCharsets.UTF_8))));
      p.executeUpdate();
    }
    return secret;
  }

  /** POSTs a draft as the customer; returns its id. */
  private static long saveDraft(String title) {
    HttpRequest.Builder post =
        HttpRequest.newBuilder(APP.resolve("api/contests"))
            .header("Content-Type", "application/json")
            .header("Authorization", bearer)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder()
                        .add("title", title)
                        .add("category", "logo")
                        .add("prize", 100)
                        .build()
                        .toString()));

    HttpResponse<String> created = send(CLIENT, post);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json(created).asJsonObject().getJsonNumber("id").longValue();
    assertThat(created.headers().firstValue("Location")).hasValue(APP + "api/contests/" + id);
    return id;
  }

  /** A browser (cookies, redirects) signed in as the customer through the sign-in page. */
  private static HttpClient signedInBrowser() {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    URI login = APP.resolve("login.xhtml");
    HttpResponse<String> form = send(browser, HttpRequest.newBuilder(login).GET());
    assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
    Matcher viewState = VIEW_STATE.matcher(form.body());
    assertThat(viewState.find()).as("a Faces form on " + login).isTrue();

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("signIn", "signIn");
    fields.put("signIn:email", email);
    fields.put("signIn:password", PASSWORD);
    fields.put("signIn:submit", "submit");
    fields.put("jakarta.faces.ViewState", viewState.group(1));
    HttpResponse<String> signedIn =
        send(
            browser,
            HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(fields))));
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
    assertThat(signedIn.body()).contains("You are signed in.");
    return browser;
  }

  private static Consumer<String> html() {
    return type -> assertThat(type).startsWith("text/html");
  }

  private static HttpResponse<String> get(URI uri, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(CLIENT, request);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonStructure json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).read();
  }

  private static String formEncoded(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
