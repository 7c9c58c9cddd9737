package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.designcontest.it.support.ContestApi.bearer;
import static org.designcontest.it.support.ContestApi.expect;
import static org.designcontest.it.support.ContestApi.idOf;
import static org.designcontest.it.support.ContestApi.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.designcontest.it.support.ContestApi;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.Images;
import org.designcontest.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whole contests through the REST API: one the company runs by hand from draft to completed, one
 * where it does nothing after the qualifying round and the platform selects finalists, awards and
 * approves by its published rules. Time passes by moving the current deadline into the past (the
 * sweep runs every 2 s in tests), never by sleeping.
 */
@ExtendWith(ArquillianExtension.class)
class ContestJourneyIT {

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6};
  private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private ContestApi api;
  private String company;
  private String mira;
  private String tomas;
  private String ana;
  private long miraId;

  @BeforeEach
  void aCompanyAndThreeDesigners() {
    http = new Http(deployment);
    api = new ContestApi(http);
    company = bearer(TestDatabase.newCompanyStaff());
    miraId = TestDatabase.newDesigner();
    mira = bearer(miraId);
    tomas = bearer(TestDatabase.newDesigner());
    ana = bearer(TestDatabase.newDesigner());
  }

  @Test
  void aContestFromDraftToCompletedByHand() {
    String title = "Lighthouse bakery logo " + UUID.randomUUID();
    long contest = api.draft(company, title);
    long reference = idOf(api.upload("contests/" + contest + "/references", company, PDF));
    assertThat(api.upload("contests/" + contest + "/references", company, EXE).statusCode())
        .isEqualTo(400);
    expect(200, api.post("contests/" + contest + "/launch", company, null));
    assertThat(api.upload("contests/" + contest + "/references", company, PDF).statusCode())
        .as("references are attached to drafts only")
        .isEqualTo(409);
    assertThat(
            http.getBytes(http.app("api/contests/" + contest + "/references/" + reference)).body())
        .as("the public reads the brief's files once it is launched")
        .isEqualTo(PDF);
    assertThat(ledger(contest, "HELD")).isEqualTo(1);

    long miraFirst = api.submit(contest, mira, "Wave", 1);
    api.submit(contest, mira, "Wave, blue", 2);
    long tomasEntry = api.submit(contest, tomas, "Anchor", 3);
    long anaEntry = api.submit(contest, ana, "Gull", 4);

    JsonObject listed = json(api.get("contests?q=" + title.substring(26), null));
    assertThat(listed.getInt("total")).isEqualTo(1);
    assertThat(listed.getJsonArray("items").getJsonObject(0).getInt("entryCount")).isEqualTo(4);
    JsonObject forTomas = json(api.get("contests/" + contest + "/entries", tomas));
    assertThat(forTomas.getInt("liveCount")).isEqualTo(4);
    assertThat(forTomas.getJsonArray("entries")).hasSize(1);
    JsonObject gallery = json(api.get("contests/" + contest + "/entries?size=2", company));
    assertThat(gallery.getInt("total")).isEqualTo(4);
    assertThat(gallery.getJsonArray("entries")).hasSize(2);
    assertThat(gallery.getJsonObject("links").getString("next")).contains("page=1");
    assertThat(gallery.toString()).doesNotContain("designerId").doesNotContain("displayName");

    expect(204, api.put("entries/" + miraFirst + "/rating", company, "{\"stars\": 4}"));
    expect(204, api.put("entries/" + tomasEntry + "/rating", company, "{\"stars\": 3}"));
    expect(
        201, api.post("entries/" + tomasEntry + "/comments", company, "{\"text\": \"Bolder?\"}"));
    expect(
        204,
        api.post("entries/" + anaEntry + "/elimination", company, "{\"reason\": \"Off brief\"}"));
    int miraNumber = api.numberOf(company, contest, miraFirst);
    int tomasNumber = api.numberOf(company, contest, tomasEntry);
    JsonObject finalRound =
        json(
            api.post(
                "contests/" + contest + "/finalists",
                company,
                "{\"designers\": [" + miraNumber + ", " + tomasNumber + "]}"));
    assertThat(finalRound.getString("stage")).isEqualTo("FINAL_ROUND");
    assertThat(finalRound.getBoolean("guaranteed")).isTrue();

    assertThat(api.revise(anaEntry, ana, 5).statusCode())
        .as("only finalists revise")
        .isEqualTo(403);
    assertThat(json(api.revise(miraFirst, mira, 6)).getInt("number")).isEqualTo(1);
    assertThat(json(api.revise(miraFirst, mira, 7)).getInt("number")).isEqualTo(2);
    assertThat(json(api.revise(tomasEntry, tomas, 8)).getInt("number")).isEqualTo(1);
    assertThat(api.get("entries/" + miraFirst + "/revisions", company).body())
        .contains("\"number\":1")
        .contains("\"number\":2");
    assertThat(
            api.post("contests/" + contest + "/winner", company, "{\"entry\": " + miraFirst + "}")
                .statusCode())
        .as("the winner is picked after the final round")
        .isEqualTo(409);

    ContestApi.passDeadline(contest);
    api.awaitStage(company, contest, "WINNER_SELECTION");
    assertThat(api.revise(miraFirst, mira, 9).statusCode()).isEqualTo(409);
    assertThat(
            TestDatabase.count(
                "select count(*) from contest_reminder where contest_id = ? and stage ="
                    + " 'WINNER_SELECTION' and hours_before in (72, 24)",
                contest))
        .as("reminders of the company's deadline, 72 h and 24 h before")
        .isEqualTo(2);
    expect(204, api.put("entries/" + miraFirst + "/revisions/2/rating", company, "{\"stars\": 5}"));
    assertThat(
            api.post("contests/" + contest + "/winner", company, "{\"entry\": " + anaEntry + "}")
                .body())
        .contains("\"field\":\"entry\"");
    JsonObject awarded =
        json(
            api.post("contests/" + contest + "/winner", company, "{\"entry\": " + miraFirst + "}"));
    assertThat(awarded.getString("stage")).isEqualTo("HANDOVER");
    assertThat(awarded.getString("winnerChosenBy")).isEqualTo("COMPANY");

    JsonObject handover = json(api.get("contests/" + contest + "/handover", company));
    assertThat(handover.getJsonObject("winner").getJsonNumber("designerId").longValue())
        .as("the winner is revealed to the company")
        .isEqualTo(miraId);
    assertThat(handover.getJsonObject("winner").getString("pseudonym"))
        .isEqualTo("Designer " + miraNumber);
    assertThat(api.get("contests/" + contest + "/handover", tomas).statusCode()).isEqualTo(404);
    assertThat(api.post("contests/" + contest + "/handover/approval", company, null).statusCode())
        .as("nothing to approve before the winner delivers")
        .isEqualTo(409);
    assertThat(api.post("contests/" + contest + "/handover/acceptance", mira, null).statusCode())
        .as("no acceptance without files")
        .isEqualTo(409);
    assertThat(api.upload("contests/" + contest + "/handover/files", mira, EXE).body())
        .contains("\"field\":\"file\"");
    long file = idOf(api.upload("contests/" + contest + "/handover/files", mira, ZIP));
    JsonObject accepted =
        json(api.post("contests/" + contest + "/handover/acceptance", mira, null));
    assertThat(accepted.getString("approvalDueAt")).isNotEmpty();
    HttpResponse<byte[]> download =
        http.getBytes(
            http.app("api/contests/" + contest + "/handover/files/" + file),
            "Authorization",
            company);
    assertThat(download.body()).isEqualTo(ZIP);
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;");
    assertThat(download.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo("application/zip");

    JsonObject completed =
        json(api.post("contests/" + contest + "/handover/approval", company, null));
    assertThat(completed.getString("stage")).isEqualTo("COMPLETED");
    assertThat(completed.getString("approvedBy")).isEqualTo("COMPANY");
    assertThat(ledger(contest, "RELEASED")).isEqualTo(1);
    assertThat(api.post("contests/" + contest + "/handover/approval", company, null).statusCode())
        .isEqualTo(409);

    // the reminders of the winner selection and of the approval are stale now: dropped, not sent
    TestDatabase.execute(
        "update contest_reminder set due_at = now() where contest_id = ?", contest);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                TestDatabase.count(
                        "select count(*) from contest_reminder where contest_id = ?"
                            + " and handled_at is not null and emitted = false",
                        contest)
                    == 4);

    awaitEvents(
        contest,
        List.of(
            "CONTEST_LAUNCHED account",
            "FINALISTS_CHOSEN account",
            "FINAL_ROUND_STARTED account",
            "REVISION_SUBMITTED account",
            "FINAL_ROUND_ENDED platform",
            "REVISION_RATED account",
            "WINNER_CHOSEN account",
            "HANDOVER_FILE_UPLOADED account",
            "TRANSFER_ACCEPTED account",
            "HANDOVER_APPROVED account",
            "PRIZE_RELEASED account",
            "CONTEST_COMPLETED account"));
    assertThat(eventCount(contest, "REMINDER_DUE")).isZero();
    assertThat(eventCount(contest, "AUTOMATIC_SELECTION_MADE")).isZero();
  }

  @Test
  void whenTheCompanyDoesNothingThePlatformSelectsAwardsAndApprovesByItsRules() {
    long contest = api.draft(company, "Harbour ferry mascot " + UUID.randomUUID());
    expect(200, api.post("contests/" + contest + "/launch", company, null));
    long miraEntry = api.submit(contest, mira, "Seal", 21);
    long tomasEntry = api.submit(contest, tomas, "Tern", 22);
    long anaEntry = api.submit(contest, ana, "Puffin", 23);
    // the company rated in the qualifying round, then never came back
    expect(204, api.put("entries/" + miraEntry + "/rating", company, "{\"stars\": 5}"));
    expect(204, api.put("entries/" + tomasEntry + "/rating", company, "{\"stars\": 4}"));

    ContestApi.passDeadline(contest);
    api.awaitStage(company, contest, "FINALIST_SELECTION");
    ContestApi.passDeadline(contest);
    api.awaitStage(company, contest, "FINAL_ROUND");
    assertThat(
            TestDatabase.count(
                "select count(*) from contest_finalist f join entry e on e.contest_id ="
                    + " f.contest_id and e.designer_id = f.designer_id where f.contest_id = ?"
                    + " and f.chosen_by = 'PLATFORM' and e.id in (?, ?)",
                contest,
                miraEntry,
                tomasEntry))
        .as("the two rated entries' designers; the unrated one is not a finalist")
        .isEqualTo(2);
    assertThat(api.revise(anaEntry, ana, 24).statusCode()).isEqualTo(403);
    // Mira's latest revision is unrated; Tomas revised nothing, so his rated entry is his latest
    expect(201, api.revise(miraEntry, mira, 25));

    ContestApi.passDeadline(contest);
    api.awaitStage(company, contest, "WINNER_SELECTION");
    // the 72-hour reminder of the winner deadline comes due
    TestDatabase.execute(
        "update contest_reminder set due_at = now() where contest_id = ? and hours_before = 72"
            + " and stage = 'WINNER_SELECTION'",
        contest);
    awaitEventCount(contest, "REMINDER_DUE", 1);
    ContestApi.passDeadline(contest);
    api.awaitStage(company, contest, "HANDOVER");
    JsonObject awarded = json(api.get("contests/" + contest, company));
    assertThat(awarded.getJsonNumber("winningEntryId").longValue()).isEqualTo(tomasEntry);
    assertThat(awarded.getString("winnerChosenBy")).isEqualTo("PLATFORM");
    assertThat(awarded.getJsonObject("rules").getString("winner")).contains("latest revision");

    String tomasSaysYes = "contests/" + contest + "/handover";
    idOf(api.upload(tomasSaysYes + "/files", tomas, Images.png(26)));
    expect(200, api.post(tomasSaysYes + "/acceptance", tomas, null));
    ContestApi.passDeadline(contest); // the company does not approve within 5 days either
    api.awaitStage(company, contest, "COMPLETED");
    assertThat(json(api.get(tomasSaysYes, tomas)).getString("approvedBy")).isEqualTo("PLATFORM");
    assertThat(ledger(contest, "RELEASED")).isEqualTo(1);

    awaitEvents(
        contest,
        List.of(
            "ENTRIES_CLOSED platform",
            "AUTOMATIC_SELECTION_MADE platform",
            "FINALISTS_CHOSEN platform",
            "FINAL_ROUND_STARTED platform",
            "FINAL_ROUND_ENDED platform",
            "REMINDER_DUE platform",
            "WINNER_CHOSEN platform",
            "TRANSFER_ACCEPTED account",
            "HANDOVER_APPROVED platform",
            "PRIZE_RELEASED platform",
            "CONTEST_COMPLETED platform"));
    String history = api.get("contests/" + contest + "/events", company).body();
    assertThat(history)
        .as("each automatic action names the rule it applied")
        .contains("finalists: the designers of the best-rated live entries")
        .contains("winner: the finalist whose latest revision has the best rating")
        .contains("approved automatically 5 days after");
    assertThat(eventCount(contest, "AUTOMATIC_SELECTION_MADE")).isEqualTo(2);
  }

  private static long ledger(long contest, String kind) {
    return TestDatabase.count(
        "select count(*) from prize_ledger where contest_id = ? and kind = ? and amount = 800",
        contest,
        kind);
  }

  private static long eventCount(long contest, String type) {
    return TestDatabase.count(
        "select count(*) from contest_event where contest_id = ? and event_type = ?",
        contest,
        type);
  }

  private static void awaitEventCount(long contest, String type, long count) {
    await().atMost(Duration.ofSeconds(30)).until(() -> eventCount(contest, type) == count);
  }

  /** Waits until each "TYPE actor-kind" is in the contest's recorded history. */
  private static void awaitEvents(long contest, List<String> expected) {
    for (String event : expected) {
      String[] typeAndActor = event.split(" ");
      await()
          .alias(event)
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  TestDatabase.count(
                          "select count(*) from contest_event where contest_id = ?"
                              + " and event_type = ? and actor like ?",
                          contest,
                          typeAndActor[0],
                          typeAndActor[1] + "%")
                      > 0);
    }
  }
}
