package org.designcontest.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The REST calls a contest is played with in the tests, each as one caller (a bearer token). */
public final class ContestApi {

  private static final String JSON = "application/json";

  private final Http http;

  public ContestApi(Http http) {
    this.http = http;
  }

  /** A personal API token of the account, as an Authorization header value. */
  public static String bearer(long account) {
    return "Bearer " + TestDatabase.newToken(account, null, "WRITE");
  }

  /** A logo contest with a prize of 800 EUR and two finalists; returns its id. */
  public long draft(String company, String title) {
    return idOf(
        post(
            "contests",
            company,
            ("{\"title\": \"%s\", \"category\": \"logo\", \"prize\": 800, \"currency\": \"EUR\","
                    + " \"finalistCount\": 2}")
                .formatted(title)));
  }

  public long submit(long contest, String designer, String title, int seed) {
    return idOf(
        http.multipart(
            http.app("api/contests/" + contest + "/entries"),
            Map.of("title", title),
            "file",
            Images.png(seed),
            "Authorization",
            designer));
  }

  public HttpResponse<String> revise(long entry, String designer, int seed) {
    return http.multipart(
        http.app("api/entries/" + entry + "/revisions"),
        Map.of("notes", "revised"),
        "file",
        Images.png(seed),
        "Authorization",
        designer);
  }

  public HttpResponse<String> upload(String path, String as, byte[] file) {
    return http.multipart(http.app("api/" + path), Map.of(), "file", file, "Authorization", as);
  }

  /** The pseudonym number the company sees for an entry. */
  public int numberOf(String company, long contest, long entry) {
    for (JsonValue value :
        json(get("contests/" + contest + "/entries", company)).getJsonArray("entries")) {
      if (value.asJsonObject().getJsonNumber("id").longValue() == entry) {
        return value.asJsonObject().getInt("designerNumber");
      }
    }
    throw new AssertionError("entry " + entry + " not in the company's gallery");
  }

  public HttpResponse<String> get(String path, String as) {
    return as == null
        ? http.get(http.app("api/" + path))
        : http.get(http.app("api/" + path), "Authorization", as);
  }

  public HttpResponse<String> post(String path, String as, String body) {
    return body == null
        ? http.send("POST", http.app("api/" + path), "Authorization", as)
        : http.post(http.app("api/" + path), JSON, body, "Authorization", as);
  }

  public HttpResponse<String> put(String path, String as, String body) {
    return http.sendBody("PUT", http.app("api/" + path), JSON, body, "Authorization", as);
  }

  public void awaitStage(String as, long contest, String stage) {
    await()
        .alias("contest " + contest + " in " + stage)
        .atMost(Duration.ofSeconds(30))
        .until(() -> json(get("contests/" + contest, as)).getString("stage").equals(stage));
  }

  /** Time passes: the contest's current deadline moves into the past (the sweep does the rest). */
  public static void passDeadline(long contest) {
    TestDatabase.execute(
        "update contest set deadline_at = now() - interval '1 second' where id = ?", contest);
  }

  public static void expect(int status, HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
  }

  public static JsonObject json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    return Http.json(response).asJsonObject();
  }

  public static long idOf(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).asJsonObject().getJsonNumber("id").longValue();
  }
}
