package org.designcontest.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designcontest.it.support.ContestApi.bearer;
import static org.designcontest.it.support.ContestApi.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The chat's REST calls (docs/chat.md) as the tests make them, and the scene most chat tests start
 * from: a company's open contest, a designer's entry in it and the conversation about it.
 */
public final class ChatApi {

  private static final String JSON = "application/json";

  private final Http http;
  private final ContestApi contests;

  public ChatApi(Http http) {
    this.http = http;
    this.contests = new ContestApi(http);
  }

  /**
   * Both sides of one conversation: the company (its owner, a personal token), the designer (a
   * personal token) and what the company calls the designer ("Designer N").
   */
  public record Talk(
      long contest,
      String title,
      long companyStaffId,
      String company,
      String companyName,
      long designerId,
      String designer,
      String designerName,
      long entry,
      String pseudonym,
      long conversation) {}

  /** A new company, a new designer, a contest of the company with the designer's entry. */
  public Talk newTalk() {
    return newTalk(TestDatabase.newCompanyStaff(), TestDatabase.newDesigner());
  }

  /** A new contest of the company's with an entry of the designer, and their conversation. */
  public Talk newTalk(long companyStaffId, long designerId) {
    String company = bearer(companyStaffId);
    String designer = bearer(designerId);
    String title = "Chat " + UUID.randomUUID().toString().substring(0, 8);
    long contest = contests.draft(company, title);
    expect(200, contests.post("contests/" + contest + "/launch", company, null));
    long entry =
        contests.submit(contest, designer, "Wave", ThreadLocalRandom.current().nextInt(1, 200));
    HttpResponse<String> opened = open(company, "{\"entryId\": " + entry + "}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    return new Talk(
        contest,
        title,
        companyStaffId,
        company,
        TestDatabase.text(
            "select c.name from company c join account a on a.company_id = c.id where a.id = ?",
            companyStaffId),
        designerId,
        designer,
        TestDatabase.text("select display_name from account where id = ?", designerId),
        entry,
        "Designer " + contests.numberOf(company, contest, entry),
        Http.json(opened).asJsonObject().getJsonNumber("id").longValue());
  }

  public HttpResponse<String> open(String as, String body) {
    return http.post(http.app("api/conversations"), JSON, body, as(as));
  }

  public HttpResponse<String> list(String as) {
    return contests.get("conversations", as);
  }

  public HttpResponse<String> conversation(long id, String as) {
    return contests.get("conversations/" + id, as);
  }

  /** The messages, with a query such as "after=12&limit=2" (or "" for the newest). */
  public HttpResponse<String> messages(long id, String query, String as) {
    return contests.get(
        "conversations/" + id + "/messages" + (query.isEmpty() ? "" : "?" + query), as);
  }

  /** Every message of the conversation as a participant sees it, oldest first (at most 100). */
  public List<JsonObject> all(long id, String as) {
    return items(ContestApi.json(messages(id, "limit=100", as)));
  }

  public HttpResponse<String> send(long id, String as, String body, String clientKey) {
    return sendRaw(
        id,
        as,
        Json.createObjectBuilder()
            .add("body", body)
            .add("clientKey", clientKey)
            .build()
            .toString());
  }

  /** Sends a text and returns the stored message (201). */
  public JsonObject say(long id, String as, String body) {
    HttpResponse<String> sent = send(id, as, body, UUID.randomUUID().toString());
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    return Http.json(sent).asJsonObject();
  }

  public HttpResponse<String> sendRaw(long id, String as, String json) {
    return http.post(http.app("api/conversations/" + id + "/messages"), JSON, json, as(as));
  }

  public HttpResponse<String> upload(long id, String as, Multipart form) {
    return http.post(
        http.app("api/conversations/" + id + "/messages"),
        form.contentType(),
        form.bytes(),
        as(as));
  }

  public HttpResponse<String> read(long id, String as, long upTo) {
    return http.sendBody(
        "PUT",
        http.app("api/conversations/" + id + "/read"),
        JSON,
        "{\"upTo\": " + upTo + "}",
        as(as));
  }

  /** The Authorization header of a caller, none for an anonymous one. */
  private static String[] as(String bearer) {
    return bearer == null ? new String[0] : new String[] {"Authorization", bearer};
  }

  public HttpResponse<byte[]> attachment(
      long id, long attachment, String query, String... headers) {
    return http.getBytes(
        http.app(
            "api/conversations/"
                + id
                + "/attachments/"
                + attachment
                + (query.isEmpty() ? "" : "?" + query)),
        headers);
  }

  /** A {@code send} frame. */
  public static JsonObject sendFrame(long conversation, String body, String clientKey) {
    return Json.createObjectBuilder()
        .add("type", "send")
        .add("conversationId", conversation)
        .add("body", body)
        .add("clientKey", clientKey)
        .build();
  }

  /** A {@code read} frame. */
  public static JsonObject readFrame(long conversation, long upTo) {
    return Json.createObjectBuilder()
        .add("type", "read")
        .add("conversationId", conversation)
        .add("upTo", upTo)
        .build();
  }

  public static List<JsonObject> items(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class);
  }

  public static long idOf(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  public static List<Long> ids(List<JsonObject> messages) {
    return messages.stream().map(ChatApi::idOf).toList();
  }

  public static List<String> bodies(List<JsonObject> messages) {
    return messages.stream().map(m -> m.getString("body")).toList();
  }

  /**
   * The fields a 4xx problem names in {@code errors[].field} (docs/chat.md; a top-level {@code
   * field} counts too); asserts first that it is a problem+json answer with this status.
   */
  public static List<String> fieldsOf(HttpResponse<String> problem, int status) {
    assertThat(problem.statusCode()).as(problem.body()).isEqualTo(status);
    assertThat(problem.headers().firstValue("Content-Type").orElse(""))
        .as("a problem document")
        .startsWith("application/problem+json");
    JsonObject document = Http.json(problem).asJsonObject();
    assertThat(document.getInt("status")).isEqualTo(status);
    List<String> fields = new ArrayList<>();
    if (document.containsKey("field") && !document.isNull("field")) {
      fields.add(document.getString("field"));
    }
    if (document.containsKey("errors")
        && document.get("errors").getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonObject error : document.getJsonArray("errors").getValuesAs(JsonObject.class)) {
        fields.add(error.getString("field"));
      }
    }
    return fields;
  }
}
