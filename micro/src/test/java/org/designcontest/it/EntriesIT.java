package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
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
 * Entries through the API: submitted as checked images with their SHA-256, blind and anonymous in
 * every listing, limited to five live per designer, and chosen as finalists by the published rule
 * when the company does nothing.
 */
@ExtendWith(ArquillianExtension.class)
class EntriesIT {

  private static final String JSON = "application/json";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private String company;
  private String mira;
  private String tomas;
  private long contest;

  @BeforeEach
  void anOpenContestAndTwoDesigners() {
    http = new Http(deployment);
    company = "Bearer " + TestDatabase.newToken(TestDatabase.newCompanyStaff(), null, "WRITE");
    mira = "Bearer " + TestDatabase.newToken(TestDatabase.newDesigner(), null, "WRITE");
    tomas = "Bearer " + TestDatabase.newToken(TestDatabase.newDesigner(), null, "WRITE");
    contest = openContest(2);
  }

  @Test
  void entriesAreBlindToOtherDesignersAndAnonymousToTheCompany() throws Exception {
    byte[] image = Images.png(1);
    HttpResponse<String> first = submit(mira, "Wave mark", image);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonObject entry = Http.json(first).asJsonObject();
    assertThat(entry.getString("sha256")).isEqualTo(sha256(image));
    assertThat(entry.getInt("designerNumber")).isEqualTo(1);
    submit(mira, "Wave mark, blue", Images.png(2));
    assertThat(
            Http.json(submit(tomas, "Anchor", Images.png(3)))
                .asJsonObject()
                .getInt("designerNumber"))
        .isEqualTo(2);

    JsonObject forMira = listing(mira);
    assertThat(forMira.getInt("liveCount")).isEqualTo(3);
    assertThat(forMira.getJsonArray("entries")).hasSize(2);
    assertThat(forMira.toString()).doesNotContain("Anchor");

    HttpResponse<String> forCompany = http.get(entries(), "Authorization", company);
    assertThat(Http.json(forCompany).asJsonObject().getJsonArray("entries")).hasSize(3);
    assertThat(forCompany.body()).doesNotContain("designerId").doesNotContain("designer-");

    assertThat(Http.json(http.get(entries())).asJsonObject().getJsonArray("entries"))
        .as("the public sees only the count")
        .isEmpty();

    URI picture = http.app("api/entries/" + entry.getInt("id") + "/image");
    HttpResponse<byte[]> shown = http.getBytes(picture, "Authorization", company);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).isEqualTo(image);
    assertThat(shown.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(http.getBytes(picture, "Authorization", tomas).statusCode()).isEqualTo(404);
    assertThat(http.getBytes(picture).statusCode()).isEqualTo(404);
  }

  @Test
  void gridAndLargeCopiesAreMadeAtUploadAndBrowsersKeepThemByTag() throws Exception {
    byte[] original = Images.png(1600, 900);
    long id = Http.json(submit(mira, "Wide", original)).asJsonObject().getInt("id");
    String image = "api/entries/" + id + "/image";

    HttpResponse<byte[]> grid =
        http.getBytes(http.app(image + "?size=grid"), "Authorization", company);
    assertThat(grid.statusCode()).isEqualTo(200);
    assertThat(grid.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(dimensions(grid.body())).containsExactly(320, 180);
    assertThat(grid.headers().firstValue("Cache-Control").orElseThrow())
        .contains("private", "max-age=86400");
    String tag = grid.headers().firstValue("ETag").orElseThrow();
    assertThat(
            dimensions(
                http.getBytes(http.app(image + "?size=LARGE"), "Authorization", company).body()))
        .containsExactly(1280, 720);
    assertThat(http.getBytes(http.app(image), "Authorization", company).body()).isEqualTo(original);

    HttpResponse<byte[]> again =
        http.getBytes(
            http.app(image + "?size=grid"), "Authorization", company, "If-None-Match", tag);
    assertThat(again.statusCode()).as("unchanged: not sent again").isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(http.getBytes(http.app(image + "?size=huge"), "Authorization", company).statusCode())
        .isEqualTo(400);
    assertThat(http.getBytes(http.app(image + "?size=grid"), "Authorization", tomas).statusCode())
        .as("blind to other designers, copies too")
        .isEqualTo(404);

    long before = TestDatabase.count("select count(*) from entry");
    HttpResponse<String> truncated = submit(mira, "Half", Arrays.copyOf(Images.png(400, 300), 60));
    assertThat(truncated.statusCode()).isEqualTo(400);
    assertThat(truncated.body()).contains("\"field\":\"file\"", "could not be read");
    assertThat(TestDatabase.count("select count(*) from entry")).isEqualTo(before);
  }

  private static int[] dimensions(byte[] image) throws IOException {
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
    return new int[] {decoded.getWidth(), decoded.getHeight()};
  }

  @Test
  void fiveLiveEntriesAtMostUntilOneIsWithdrawn() {
    for (int i = 0; i < 5; i++) {
      assertThat(submit(mira, "Try " + i, Images.png(10 + i)).statusCode()).isEqualTo(201);
    }
    HttpResponse<String> sixth = submit(mira, "Try 5", Images.png(15));
    assertThat(sixth.statusCode()).isEqualTo(409);
    assertThat(sixth.body()).contains("withdraw one");

    long first = listing(mira).getJsonArray("entries").getJsonObject(0).getInt("id");
    assertThat(
            http.send("DELETE", http.app("api/entries/" + first), "Authorization", tomas)
                .statusCode())
        .as("not Tomás's to withdraw")
        .isEqualTo(404);
    assertThat(
            http.send("DELETE", http.app("api/entries/" + first), "Authorization", mira)
                .statusCode())
        .isEqualTo(204);
    assertThat(submit(mira, "Try 5", Images.png(15)).statusCode()).isEqualTo(201);
  }

  @Test
  void whatIsNotAnImageOrNotOpenIsRefusedAndNothingIsWritten() {
    long before = TestDatabase.count("select count(*) from entry");

    HttpResponse<String> text = submit(mira, "Sneaky", "<svg onload=alert(1)>".getBytes());
    HttpResponse<String> noTitle = submit(mira, " ", Images.png(20));
    HttpResponse<String> byCompany = submit(company, "Ours", Images.png(21));
    long draft = draftContest(2);
    HttpResponse<String> toDraft =
        http.multipart(
            http.app("api/contests/" + draft + "/entries"),
            Map.of("title", "Early"),
            "file",
            Images.png(22),
            "Authorization",
            mira);

    assertThat(text.statusCode()).isEqualTo(400);
    assertThat(text.body()).contains("\"field\":\"file\"");
    assertThat(noTitle.statusCode()).isEqualTo(400);
    assertThat(noTitle.body()).contains("\"field\":\"title\"");
    assertThat(byCompany.statusCode()).isEqualTo(403);
    assertThat(toDraft.statusCode()).isEqualTo(404);
    assertThat(TestDatabase.count("select count(*) from entry")).isEqualTo(before);

    pass(contest); // the qualifying round ends
    await().atMost(Duration.ofSeconds(60)).until(() -> stage(contest).equals("FINALIST_SELECTION"));
    assertThat(submit(mira, "Late", Images.png(23)).statusCode()).isEqualTo(409);
  }

  @Test
  void withoutTheCompanyThePlatformChoosesTheBestRatedThenTheEarliest() {
    submit(mira, "Unrated, first", Images.png(30));
    long tomasEntry =
        Http.json(submit(tomas, "Rated 3", Images.png(31))).asJsonObject().getInt("id");
    long thirdDesigner = TestDatabase.newDesigner();
    String third = "Bearer " + TestDatabase.newToken(thirdDesigner, null, "WRITE");
    long thirdEntry =
        Http.json(submit(third, "Rated 5", Images.png(32))).asJsonObject().getInt("id");
    TestDatabase.execute("update entry set rating = 3 where id = ?", tomasEntry);
    TestDatabase.execute("update entry set rating = 5 where id = ?", thirdEntry);

    pass(contest);
    await().atMost(Duration.ofSeconds(60)).until(() -> stage(contest).equals("FINALIST_SELECTION"));
    pass(contest);
    await().atMost(Duration.ofSeconds(60)).until(() -> stage(contest).equals("FINAL_ROUND"));

    assertThat(
            TestDatabase.count(
                "select count(*) from contest_finalist f join entry e on e.designer_id = f.designer_id"
                    + " and e.contest_id = f.contest_id where f.contest_id = ? and f.chosen_by = 'PLATFORM'"
                    + " and e.id in (?, ?)",
                contest,
                tomasEntry,
                thirdEntry))
        .as("the two rated entries' designers, not the unrated one")
        .isEqualTo(2);
    assertThat(
            TestDatabase.count(
                "select count(*) from contest_finalist where contest_id = ?", contest))
        .isEqualTo(2);
    assertThat(
            Http.json(http.get(http.app("api/contests/" + contest), "Authorization", company))
                .asJsonObject()
                .getBoolean("guaranteed"))
        .isTrue();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                TestDatabase.count(
                        "select count(*) from contest_event where contest_id = ?"
                            + " and event_type = 'FINALISTS_CHOSEN' and actor = 'platform'",
                        contest)
                    == 1);
  }

  @Test
  void ratingsAtTheSameTimeAreSavedOrRefusedAsConflictsNeverAFault() throws Exception {
    long entry = Http.json(submit(mira, "Wave mark", Images.png(50))).asJsonObject().getInt("id");
    URI rating = http.app("api/entries/" + entry + "/rating");
    ExecutorService judges = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        String body = "{\"stars\": " + (i % 5 + 1) + "}";
        answers.add(
            judges.submit(
                () ->
                    http.sendBody("PUT", rating, JSON, body, "Authorization", company)
                        .statusCode()));
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get())
            .as("optimistic locking: 204, or 409 for a lost race")
            .isIn(204, 409);
      }
    } finally {
      judges.shutdown();
    }
    assertThat(
            TestDatabase.count(
                "select count(*) from entry where id = ? and rating between 1 and 5", entry))
        .isEqualTo(1);
  }

  @Test
  void theCompanyRatesCommentsEliminatesAndRestoresAndOnlyTheDesignerHearsOfIt() {
    long entry = Http.json(submit(mira, "Wave mark", Images.png(40))).asJsonObject().getInt("id");
    URI rating = http.app("api/entries/" + entry + "/rating");
    URI elimination = http.app("api/entries/" + entry + "/elimination");
    URI comments = http.app("api/entries/" + entry + "/comments");
    String otherCompany =
        "Bearer " + TestDatabase.newToken(TestDatabase.newCompanyStaff(), null, "WRITE");

    assertThat(
            http.sendBody("PUT", rating, JSON, "{\"stars\": 6}", "Authorization", company).body())
        .contains("\"field\":\"stars\"");
    assertThat(
            http.sendBody("PUT", rating, JSON, "{\"stars\": 4}", "Authorization", otherCompany)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            http.sendBody("PUT", rating, JSON, "{\"stars\": 4}", "Authorization", company)
                .statusCode())
        .isEqualTo(204);
    assertThat(listing(mira).getJsonArray("entries").getJsonObject(0).getInt("rating"))
        .isEqualTo(4);

    assertThat(
            http.post(
                    comments,
                    JSON,
                    "{\"text\": \"Love the wave; try it in one colour.\"}",
                    "Authorization",
                    company)
                .statusCode())
        .isEqualTo(201);
    assertThat(
            http.post(comments, JSON, "{\"text\": \"Will do.\"}", "Authorization", mira)
                .statusCode())
        .isEqualTo(201);
    assertThat(http.get(comments, "Authorization", mira).body())
        .contains("the company")
        .contains("one colour")
        .contains("Will do.");
    assertThat(http.get(comments, "Authorization", tomas).statusCode())
        .as("private")
        .isEqualTo(404);

    assertThat(http.post(elimination, JSON, "{\"reason\": \" \"}", "Authorization", company).body())
        .contains("\"field\":\"reason\"");
    assertThat(
            http.post(
                    elimination,
                    JSON,
                    "{\"reason\": \"Too close to a rival's mark.\"}",
                    "Authorization",
                    company)
                .statusCode())
        .isEqualTo(204);
    JsonObject eliminated = listing(mira).getJsonArray("entries").getJsonObject(0);
    assertThat(eliminated.getString("status")).isEqualTo("ELIMINATED");
    assertThat(eliminated.getString("eliminationReason")).isEqualTo("Too close to a rival's mark.");

    assertThat(http.send("DELETE", elimination, "Authorization", company).statusCode())
        .isEqualTo(204);
    assertThat(listing(mira).getJsonArray("entries").getJsonObject(0).getString("status"))
        .isEqualTo("LIVE");
  }

  @Test
  void theCompanyPicksFinalistsEarlyWithinItsNumber() {
    submit(mira, "Wave", Images.png(50));
    submit(tomas, "Anchor", Images.png(51));
    URI finalists = http.app("api/contests/" + contest + "/finalists");

    HttpResponse<String> tooMany =
        http.post(finalists, JSON, "{\"designers\": [1, 2, 3]}", "Authorization", company);
    HttpResponse<String> nobody =
        http.post(finalists, JSON, "{\"designers\": [9]}", "Authorization", company);
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("at most 2 finalists");
    assertThat(nobody.statusCode()).isEqualTo(400);
    assertThat(stage(contest)).as("nothing changed").isEqualTo("OPEN");

    HttpResponse<String> picked =
        http.post(finalists, JSON, "{\"designers\": [2]}", "Authorization", company);
    assertThat(picked.statusCode()).as(picked.body()).isEqualTo(200);
    JsonObject finalRound = Http.json(picked).asJsonObject();
    assertThat(finalRound.getString("stage")).isEqualTo("FINAL_ROUND");
    assertThat(finalRound.getBoolean("guaranteed")).isTrue();
    assertThat(
            TestDatabase.count(
                "select count(*) from contest_finalist f join contest_pseudonym p on p.contest_id ="
                    + " f.contest_id and p.designer_id = f.designer_id where f.contest_id = ? and"
                    + " p.number = 2 and f.chosen_by = 'COMPANY'",
                contest))
        .isEqualTo(1);
    assertThat(
            http.post(finalists, JSON, "{\"designers\": [1]}", "Authorization", company)
                .statusCode())
        .as("picked once")
        .isEqualTo(409);
  }

  private long openContest(int finalists) {
    long id = draftContest(finalists);
    HttpResponse<String> launched =
        http.send("POST", http.app("api/contests/" + id + "/launch"), "Authorization", company);
    assertThat(launched.statusCode()).as(launched.body()).isEqualTo(200);
    return id;
  }

  private long draftContest(int finalists) {
    HttpResponse<String> created =
        http.post(
            http.app("api/contests"),
            JSON,
            "{\"title\": \"Entries test\", \"category\": \"logo\", \"prize\": 300, \"finalistCount\": "
                + finalists
                + "}",
            "Authorization",
            company);
    return Http.json(created).asJsonObject().getJsonNumber("id").longValue();
  }

  private HttpResponse<String> submit(String bearer, String title, byte[] file) {
    return http.multipart(
        entries(), Map.of("title", title, "notes", "notes"), "file", file, "Authorization", bearer);
  }

  private JsonObject listing(String bearer) {
    return Http.json(http.get(entries(), "Authorization", bearer)).asJsonObject();
  }

  private URI entries() {
    return http.app("api/contests/" + contest + "/entries");
  }

  private String stage(long id) {
    return Http.json(http.get(http.app("api/contests/" + id), "Authorization", company))
        .asJsonObject()
        .getString("stage");
  }

  private static void pass(long contestId) {
    TestDatabase.execute(
        "update contest set deadline_at = now() - interval '1 second' where id = ?", contestId);
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
