package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.designcontest.it.support.ContestApi.expect;
import static org.designcontest.it.support.ContestApi.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.designcontest.it.support.ContestApi;
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
 * Moderators through the API: they award a contest by hand while its winner is being chosen, with a
 * reason the contest's history keeps, and they find accounts to suspend or restore; nobody else
 * may, and every bad request changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private ContestApi api;
  private String company;
  private String designer;
  private String moderator;
  private long contest;
  private long entry;

  @BeforeEach
  void aContestWhoseWinnerIsBeingChosen() {
    http = new Http(deployment);
    api = new ContestApi(http);
    company = "Bearer " + TestDatabase.newToken(TestDatabase.newCompanyStaff(), null, "WRITE");
    designer = ContestApi.bearer(TestDatabase.newDesigner());
    moderator = ContestApi.bearer(TestDatabase.newAccount("MODERATOR"));
    contest = api.draft(company, "Manual award");
    expect(200, api.post("contests/" + contest + "/launch", company, null));
    entry = api.submit(contest, designer, "Only entry", 1);
    TestDatabase.execute(
        "update contest set stage = 'WINNER_SELECTION', deadline_at = now() + interval '14 days'"
            + " where id = ?",
        contest);
  }

  @Test
  void aModeratorAwardsWithAReasonAndTheHistoryKeepsIt() {
    String reason = "The company asked us to decide after a dispute.";
    HttpResponse<String> awarded = award(moderator, entry, reason);
    expect(200, awarded);
    JsonObject view = json(awarded);
    assertThat(view.getString("stage")).isEqualTo("HANDOVER");
    assertThat(view.getString("winnerChosenBy")).isEqualTo("MODERATOR");
    await() // the history is written from the event, after the award's commit
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                TestDatabase.count(
                        "select count(*) from contest_event where contest_id = ? and event_type ="
                            + " 'WINNER_CHOSEN' and detail = ?",
                        contest,
                        "Awarded by a moderator: " + reason)
                    == 1);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                TestDatabase.count(
                        "select count(*) from notification where contest_id = ? and title like"
                            + " 'Winner chosen in %' and body like ?",
                        contest, "Awarded by a moderator: " + reason + "%")
                    == 1);
    expect(409, award(moderator, entry, reason));
  }

  @Test
  void nobodyButAModeratorAwardsAndBadRequestsChangeNothing() {
    String reason = "A reason long enough to count.";
    expect(403, award(company, entry, reason));
    expect(403, award(designer, entry, reason));
    expect(401, award(null, entry, reason));
    assertThat(field(award(moderator, entry, null))).isEqualTo("reason");
    assertThat(field(award(moderator, entry, "short"))).isEqualTo("reason");
    assertThat(field(award(moderator, 999_999_999L, reason))).isEqualTo("entry");
    long other = api.draft(company, "Another contest");
    expect(409, award(moderator, other, entry, reason));
    expect(404, award(moderator, 999_999_999L, entry, reason));
    assertThat(
            TestDatabase.text(
                "select stage || ' ' || coalesce(winner_chosen_by, '-') from contest where id = ?",
                contest))
        .isEqualTo("WINNER_SELECTION -");
  }

  private HttpResponse<String> award(String as, long entryId, String reason) {
    return award(as, contest, entryId, reason);
  }

  private HttpResponse<String> award(String as, long contestId, long entryId, String reason) {
    String body =
        reason == null
            ? "{\"entry\": " + entryId + "}"
            : "{\"entry\": " + entryId + ", \"reason\": \"" + reason + "\"}";
    String path = "contests/" + contestId + "/manual-award";
    return as == null
        ? http.post(http.app("api/" + path), "application/json", body)
        : api.post(path, as, body);
  }

  private static String field(HttpResponse<String> refused) {
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    return Http.json(refused)
        .asJsonObject()
        .getJsonArray("errors")
        .getJsonObject(0)
        .getString("field");
  }

  @Test
  void moderatorsFindAccountsByEmailOrNameAndTheSuspendedOnes() {
    long suspended = TestDatabase.newDesigner();
    String email = TestDatabase.text("select email from account where id = ?", suspended);
    assertThat(
            http.send(
                    "PUT",
                    http.app("api/accounts/" + suspended + "/suspension"),
                    "Authorization",
                    moderator)
                .statusCode())
        .isEqualTo(204);

    JsonObject found = json(api.get("accounts?q=" + email.toUpperCase() + "&size=5", moderator));
    assertThat(found.getJsonArray("items")).hasSize(1);
    JsonObject account = found.getJsonArray("items").getJsonObject(0);
    assertThat(account.getJsonNumber("id").longValue()).isEqualTo(suspended);
    assertThat(account.getString("role")).isEqualTo("DESIGNER");
    assertThat(account.containsKey("suspendedAt")).isTrue();
    assertThat(
            json(api.get("accounts?suspended=true&size=100", moderator))
                .getJsonArray("items")
                .stream()
                .map(item -> item.asJsonObject().getJsonNumber("id").longValue()))
        .contains(suspended)
        .allSatisfy(
            id ->
                assertThat(
                        TestDatabase.count(
                            "select count(*) from account where id = ? and suspended_at is not null",
                            id))
                    .isEqualTo(1));
    assertThat(json(api.get("accounts?q=%25_nobody-has-this_%25", moderator)).getJsonArray("items"))
        .as("%% and _ are searched for as themselves")
        .isEmpty();

    expect(403, api.get("accounts", company));
    expect(403, api.get("accounts", designer));
    assertThat(http.get(http.app("api/accounts")).statusCode()).isEqualTo(401);
    assertThat(field(api.get("accounts?size=0", moderator))).isEqualTo("size");
    assertThat(field(api.get("accounts?suspended=maybe", moderator))).isEqualTo("suspended");
  }
}
