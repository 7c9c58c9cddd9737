package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The thin feature end to end, from outside: a company saves a draft through the API, it is in
 * PostgreSQL, its event crosses the broker and is recorded by the listener; a draft is seen only by
 * its company. Bad requests get problem+json naming the field and write nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ContestDraftApiIT {

  private static final String JSON = "application/json";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private long staff;
  private String bearer;

  @BeforeEach
  void setUp() {
    http = new Http(deployment);
    staff = TestDatabase.newCompanyStaff();
    bearer = "Bearer " + TestDatabase.newToken(staff, null, "WRITE");
  }

  @Test
  void savedDraftIsStoredRecordedThroughTheBrokerAndShownOnItsPage() {
    HttpResponse<String> created =
        http.post(
            contests(),
            JSON,
            """
            {"title": "Logo for a coffee roastery", "category": "logo",
             "description": "Warm & hand-made <b>not bold</b>", "prize": 450, "currency": "EUR"}
            """,
            "Authorization",
            bearer);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject contest = Http.json(created).asJsonObject();
    long id = contest.getJsonNumber("id").longValue();
    assertThat(created.headers().firstValue("Location")).hasValue(contests() + "/" + id);
    assertThat(contest.getString("stage")).isEqualTo("DRAFT");
    assertThat(contest.getString("currency")).isEqualTo("EUR");

    assertThat(
            TestDatabase.count(
                "select count(*) from contest where id = ? and title = ? and stage = 'DRAFT'"
                    + " and prize_amount = 450 and prize_currency = 'EUR' and category_code = 'logo'",
                id,
                "Logo for a coffee roastery"))
        .isEqualTo(1);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                TestDatabase.count(
                        "select count(*) from contest_event where contest_id = ?"
                            + " and event_type = 'CONTEST_DRAFTED' and actor = ?",
                        id,
                        "account:" + staff)
                    == 1);
    JsonArray events =
        Http.json(http.get(URI.create(contests() + "/" + id + "/events"), "Authorization", bearer))
            .asJsonArray();
    assertThat(events).hasSize(1);
    assertThat(events.getJsonObject(0).getString("type")).isEqualTo("CONTEST_DRAFTED");
  }

  @Test
  void aDraftIsSeenOnlyByItsCompany() {
    long id = draft("Our secret rebrand");
    String otherCompany =
        "Bearer " + TestDatabase.newToken(TestDatabase.newCompanyStaff(), null, "READ");

    assertThat(http.get(URI.create(contests() + "/" + id), "Authorization", bearer).statusCode())
        .isEqualTo(200);
    // to everyone else it does not exist: 404, not 403
    assertThat(http.get(URI.create(contests() + "/" + id)).statusCode()).isEqualTo(404);
    assertThat(
            http.get(URI.create(contests() + "/" + id), "Authorization", otherCompany).statusCode())
        .isEqualTo(404);
    assertThat(
            http.get(URI.create(contests() + "/" + id + "/events"), "Authorization", otherCompany)
                .statusCode())
        .isEqualTo(404);
    assertThat(http.get(http.app("contest.xhtml?id=" + id)).statusCode()).isEqualTo(404);
    assertThat(http.get(http.app("")).body()).doesNotContain("Our secret rebrand");
  }

  private long draft(String title) {
    HttpResponse<String> created =
        http.post(
            contests(),
            JSON,
            "{\"title\": \"" + title + "\", \"category\": \"logo\", \"prize\": 100}",
            "Authorization",
            bearer);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).asJsonObject().getJsonNumber("id").longValue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "empty title      | {\"title\": \"  \", \"category\": \"logo\", \"prize\": 100}       | title",
        "missing title    | {\"category\": \"logo\", \"prize\": 100}                       | title",
        "negative prize   | {\"title\": \"T\", \"category\": \"logo\", \"prize\": -5}       | prize",
        "zero prize       | {\"title\": \"T\", \"category\": \"logo\", \"prize\": 0}        | prize",
        "prize not number | {\"title\": \"T\", \"category\": \"logo\", \"prize\": \"abc\"} | prize",
        "unknown category | {\"title\": \"T\", \"category\": \"sculpture\", \"prize\": 10} | category",
        "bad currency     | {\"title\": \"T\", \"category\": \"logo\", \"prize\": 10, \"currency\": \"euro\"} | currency",
        "malformed JSON   | {\"title\": \"T\", \"category\":                             | body",
        "empty body       | ''                                                              | body",
      })
  void invalidDraftIsRefusedWithTheFieldAndWritesNothing(String why, String body, String field) {
    long before = TestDatabase.count("select count(*) from contest");

    HttpResponse<String> response = http.post(contests(), JSON, body, "Authorization", bearer);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = Http.json(response).asJsonObject();
    assertThat(problem.getInt("status")).isEqualTo(400);
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(error -> error.getString("field"))
        .contains(field);
    assertThat(TestDatabase.count("select count(*) from contest")).isEqualTo(before);
  }

  @Test
  void wrongContentTypeIs415ProblemAndWritesNothing() {
    long before = TestDatabase.count("select count(*) from contest");

    HttpResponse<String> response =
        http.post(
            contests(),
            "text/plain",
            "{\"title\": \"T\", \"category\": \"logo\", \"prize\": 10}",
            "Authorization",
            bearer);

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(TestDatabase.count("select count(*) from contest")).isEqualTo(before);
  }

  @Test
  void draftNeedsCompanyStaff() {
    String body = "{\"title\": \"T\", \"category\": \"logo\", \"prize\": 10}";
    long before = TestDatabase.count("select count(*) from contest");

    HttpResponse<String> anonymous = http.post(contests(), JSON, body);
    HttpResponse<String> designer =
        http.post(
            contests(),
            JSON,
            body,
            "Authorization",
            "Bearer " + TestDatabase.newToken(TestDatabase.newDesigner(), null, "WRITE"));
    HttpResponse<String> readOnly =
        http.post(
            contests(),
            JSON,
            body,
            "Authorization",
            "Bearer " + TestDatabase.newToken(staff, null, "READ"));

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(designer.statusCode()).isEqualTo(403);
    assertThat(readOnly.statusCode()).isEqualTo(403);
    assertThat(TestDatabase.count("select count(*) from contest")).isEqualTo(before);
  }

  @Test
  void unknownContestIs404OnTheApiAndThePage() {
    HttpResponse<String> api = http.get(URI.create(contests() + "/987654321"));
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(Http.json(api).asJsonObject().getString("title")).isEqualTo("Not Found");

    assertThat(http.get(http.app("contest.xhtml?id=987654321")).statusCode()).isEqualTo(404);
  }

  @Test
  void operationsEndpointsAnswer() {
    // ready once the first broker probe has answered, moments after deployment
    HttpResponse<String> ready =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> http.get(http.server("/health/ready")), r -> r.statusCode() == 200);
    assertThat(ready.body()).contains("database").contains("broker");

    assertThat(http.get(http.server("/openapi")).body()).contains("/api/contests");

    // the deadline sweep runs every 20 s on a non-persistent timer and counts its runs
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> http.get(http.server("/metrics")).body().contains("deadline_sweeps_total"));
  }

  private URI contests() {
    return http.app("api/contests");
  }
}
