package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
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

/**
 * A contest's first stages through the API: edit while a draft (with the version), launch into
 * escrow, cancel under the rules, and the deadline sweep acting for the platform when the company
 * does nothing. Time passes by moving a contest's deadline into the past, never by sleeping.
 */
@ExtendWith(ArquillianExtension.class)
class ContestLifecycleIT {

  private static final String JSON = "application/json";
  private static final String BRIEF =
      "{\"title\": \"Harbour logo\", \"category\": \"logo\", \"prize\": 500, \"currency\": \"EUR\","
          + " \"finalistCount\": 3, \"openDays\": 5}";

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
  void aDraftIsEditedWithItsVersionAndLaunchedIntoEscrow() {
    long id = draft(BRIEF);
    HttpResponse<String> read = http.get(contest(id), "Authorization", bearer);
    String etag = read.headers().firstValue("ETag").orElseThrow();
    assertThat(http.get(contest(id), "Authorization", bearer, "If-None-Match", etag).statusCode())
        .isEqualTo(304);

    HttpResponse<String> revised =
        http.sendBody(
            "PUT",
            contest(id),
            JSON,
            BRIEF.replace("Harbour logo", "Harbour mark"),
            "Authorization",
            bearer,
            "If-Match",
            etag);
    assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
    HttpResponse<String> stale =
        http.sendBody("PUT", contest(id), JSON, BRIEF, "Authorization", bearer, "If-Match", etag);
    assertThat(stale.statusCode()).as("the version read is stale now").isEqualTo(409);

    HttpResponse<String> launched = launch(id);
    assertThat(launched.statusCode()).as(launched.body()).isEqualTo(200);
    JsonObject open = Http.json(launched).asJsonObject();
    assertThat(open.getString("stage")).isEqualTo("OPEN");
    assertThat(open.getString("title")).isEqualTo("Harbour mark");
    assertThat(open.getInt("finalistCount")).isEqualTo(3);
    assertThat(
            TestDatabase.count(
                "select count(*) from contest where id = ? and deadline_at between launched_at"
                    + " + interval '5 days' - interval '1 second' and launched_at + interval '5 days'",
                id))
        .as("the qualifying round lasts the 5 days chosen")
        .isEqualTo(1);
    assertThat(ledger(id, "HELD")).isEqualTo(1);
    awaitEvent(id, "CONTEST_LAUNCHED", "account:" + staff);

    assertThat(http.sendBody("PUT", contest(id), JSON, BRIEF, "Authorization", bearer).statusCode())
        .as("only drafts are edited")
        .isEqualTo(409);
    assertThat(launch(id).statusCode()).as("launched once").isEqualTo(409);
    assertThat(http.get(contest(id)).statusCode()).as("the public sees it now").isEqualTo(200);
  }

  @Test
  void launchingNeedsAConfirmedEmailAddressAndChangesNothingOtherwise() {
    long id = draft(BRIEF);
    TestDatabase.execute("update account set email_verified_at = null where id = ?", staff);

    HttpResponse<String> refused = launch(id);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Confirm your email address");
    assertThat(
            TestDatabase.count("select count(*) from contest where id = ? and stage = 'DRAFT'", id))
        .isEqualTo(1);
    assertThat(ledger(id, "HELD")).isZero();
  }

  @Test
  void theCompanyCancelsUnlessGuaranteedAndTheModeratorAlways() {
    long plain = draft(BRIEF);
    launch(plain);
    HttpResponse<String> cancelled = cancel(plain, bearer);
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(Http.json(cancelled).asJsonObject().getString("stage")).isEqualTo("CANCELLED");
    assertThat(ledger(plain, "REFUNDED")).isEqualTo(1);
    assertThat(cancel(plain, bearer).statusCode()).as("cancelled once").isEqualTo(409);

    long guaranteed =
        draft(BRIEF.replace("\"prize\": 500", "\"prize\": 500, \"guaranteed\": true"));
    launch(guaranteed);
    assertThat(cancel(guaranteed, bearer).statusCode()).isEqualTo(409);
    assertThat(ledger(guaranteed, "REFUNDED")).isZero();

    String moderator =
        "Bearer " + TestDatabase.newToken(TestDatabase.newAccount("MODERATOR"), null, "WRITE");
    assertThat(cancel(guaranteed, moderator).statusCode()).isEqualTo(200);
    assertThat(ledger(guaranteed, "REFUNDED")).isEqualTo(1);
  }

  @Test
  void whenTheCompanyDoesNothingThePlatformClosesEntriesThenEndsAContestWithoutEntries() {
    long id = draft(BRIEF);
    launch(id);

    TestDatabase.execute(
        "update contest set deadline_at = now() - interval '1 second' where id = ?", id);
    await().atMost(Duration.ofSeconds(60)).until(() -> stage(id).equals("FINALIST_SELECTION"));
    awaitEvent(id, "ENTRIES_CLOSED", "platform");
    assertThat(
            TestDatabase.count(
                "select count(*) from contest where id = ? and deadline_at > now() + interval '3 days'",
                id))
        .as("finalist selection lasts its 4 days")
        .isEqualTo(1);

    TestDatabase.execute(
        "update contest set deadline_at = now() - interval '1 second' where id = ?", id);
    await().atMost(Duration.ofSeconds(60)).until(() -> stage(id).equals("CANCELLED"));
    awaitEvent(id, "CONTEST_ENDED_WITHOUT_ENTRIES", "platform");
    assertThat(ledger(id, "REFUNDED")).isEqualTo(1);
  }

  @Test
  void outOfRangeRoundsAreRefusedWithTheField() {
    HttpResponse<String> refused =
        http.post(
            http.app("api/contests"),
            JSON,
            BRIEF.replace("\"openDays\": 5", "\"openDays\": 30"),
            "Authorization",
            bearer);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"openDays\"").contains("3 to 14 days");
  }

  @Test
  void thePublicListFiltersSortsAndPagesLaunchedContestsOnly() {
    String word = "Zx" + UUID.randomUUID().toString().substring(0, 8);
    for (int prize : new int[] {300, 900, 600}) {
      launch(draft(BRIEF.replace("Harbour logo", word + " logo").replace("500", "" + prize)));
    }
    draft(BRIEF.replace("Harbour logo", word + " draft"));

    HttpResponse<String> byPrize = http.get(http.app("api/contests?q=" + word + "&sort=prize"));
    JsonObject page = Http.json(byPrize).asJsonObject();
    assertThat(page.getInt("total")).as("drafts are not listed").isEqualTo(3);
    assertThat(
            page.getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getJsonNumber("prize").intValue())
                .toList())
        .containsExactly(900, 600, 300);
    assertThat(page.getJsonArray("items").getJsonObject(0).getString("stage")).isEqualTo("OPEN");

    JsonObject cheap =
        Http.json(http.get(http.app("api/contests?q=" + word + "&minPrize=500&sort=prize")))
            .asJsonObject();
    assertThat(cheap.getInt("total")).isEqualTo(2);
    assertThat(
            Http.json(http.get(http.app("api/contests?q=" + word + "&stage=final_round")))
                .asJsonObject()
                .getInt("total"))
        .isZero();
    assertThat(
            Http.json(http.get(http.app("api/contests?q=" + word + "&endingWithinDays=6")))
                .asJsonObject()
                .getInt("total"))
        .as("the qualifying rounds end in 5 days")
        .isEqualTo(3);

    HttpResponse<String> first = http.get(http.app("api/contests?q=" + word + "&size=2"));
    JsonObject firstPage = Http.json(first).asJsonObject();
    assertThat(firstPage.getJsonArray("items")).hasSize(2);
    assertThat(firstPage.getInt("pageCount")).isEqualTo(2);
    String next = firstPage.getJsonObject("links").getString("next");
    assertThat(first.headers().allValues("Link").toString()).contains("rel=\"next\"");
    JsonObject secondPage = Http.json(http.get(URI.create(next))).asJsonObject();
    assertThat(secondPage.getJsonArray("items")).hasSize(1);
    assertThat(secondPage.getJsonObject("links").containsKey("next")).isFalse();

    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(
            http.get(http.app("api/contests?q=" + word + "&size=2"), "If-None-Match", etag)
                .statusCode())
        .isEqualTo(304);
  }

  @Test
  void badListParametersAreRefusedWithTheParameter() {
    Map<String, String> refused =
        Map.of(
            "page=-1", "page",
            "size=0", "size",
            "size=101", "size",
            "page=two", "page",
            "stage=nope", "stage",
            "stage=draft", "stage",
            "minPrize=lots", "minPrize",
            "endingWithinDays=soon", "endingWithinDays",
            "sort=random", "sort");
    refused.forEach(
        (query, field) -> {
          HttpResponse<String> response = http.get(http.app("api/contests?" + query));
          assertThat(response.statusCode()).as(query).isEqualTo(400);
          assertThat(response.body()).as(query).contains("\"field\":\"" + field + "\"");
        });
  }

  private long draft(String brief) {
    HttpResponse<String> created =
        http.post(http.app("api/contests"), JSON, brief, "Authorization", bearer);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).asJsonObject().getJsonNumber("id").longValue();
  }

  private HttpResponse<String> launch(long id) {
    return http.send("POST", URI.create(contest(id) + "/launch"), "Authorization", bearer);
  }

  private HttpResponse<String> cancel(long id, String as) {
    return http.send("POST", URI.create(contest(id) + "/cancellation"), "Authorization", as);
  }

  private String stage(long id) {
    return Http.json(http.get(contest(id), "Authorization", bearer))
        .asJsonObject()
        .getString("stage");
  }

  private static long ledger(long id, String kind) {
    return TestDatabase.count(
        "select count(*) from prize_ledger where contest_id = ? and kind = ? and amount = 500",
        id,
        kind);
  }

  private static void awaitEvent(long id, String type, String actor) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                TestDatabase.count(
                        "select count(*) from contest_event where contest_id = ? and event_type = ?"
                            + " and actor = ?",
                        id,
                        type,
                        actor)
                    == 1);
  }

  private URI contest(long id) {
    return http.app("api/contests/" + id);
  }
}
