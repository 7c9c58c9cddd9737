package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Every REST endpoint against every kind of caller, with the status each must get. The list of
 * endpoints is checked against the OpenAPI document, so a new endpoint fails this test until its
 * row is added here.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

  private static final String JSON = "application/json";

  /** The callers, in the order of each row's statuses. */
  private static final List<String> CALLERS =
      List.of(
          "anonymous",
          "designer",
          "other designer",
          "customer of the company",
          "customer of another company",
          "moderator",
          "admin",
          "company API token",
          "revoked token");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private final Map<String, String> bearer = new LinkedHashMap<>();
  private long draft;
  private long customersSpareToken;
  private long suspendable;
  private long colleague;
  private long designersEntry;
  private long customersNotification;

  @BeforeEach
  void callers() {
    http = new Http(deployment);
    long customer = TestDatabase.newCompanyStaff();
    long company = TestDatabase.companyOf(customer);
    bearer.put("anonymous", null);
    bearer.put("designer", TestDatabase.newToken(TestDatabase.newDesigner(), null, "WRITE"));
    bearer.put("other designer", TestDatabase.newToken(TestDatabase.newDesigner(), null, "WRITE"));
    bearer.put("customer of the company", TestDatabase.newToken(customer, null, "WRITE"));
    bearer.put(
        "customer of another company",
        TestDatabase.newToken(TestDatabase.newCompanyStaff(), null, "WRITE"));
    bearer.put(
        "moderator", TestDatabase.newToken(TestDatabase.newAccount("MODERATOR"), null, "WRITE"));
    bearer.put("admin", TestDatabase.newToken(TestDatabase.newAccount("ADMIN"), null, "WRITE"));
    bearer.put("company API token", TestDatabase.newToken(customer, company, "WRITE"));
    String revoked = TestDatabase.newToken(customer, null, "WRITE");
    TestDatabase.execute(
        "update api_token set revoked_at = now() where id = (select max(id) from api_token)");
    bearer.put("revoked token", revoked);

    draft = newDraft();
    designersEntry = entryOf(submitEntry(openContest(), bearer.get("designer")));
    TestDatabase.newToken(customer, null, "READ");
    customersSpareToken = TestDatabase.count("select max(id) from api_token");
    suspendable = TestDatabase.newDesigner();
    colleague = TestDatabase.newStaffOf(company);
    customersNotification =
        TestDatabase.count(
            "insert into notification (event_id, recipient_id, kind, contest_id, title, body, link,"
                + " created_at, email) values (gen_random_uuid(), ?, 'NEW_ENTRIES', ?, 'New entry',"
                + " 'Rate it', '/', now(), 'NEVER') returning id",
            customer,
            draft);
  }

  private long openContest() {
    long id = newDraft();
    http.send(
        "POST",
        http.app("api/contests/" + id + "/launch"),
        "Authorization",
        "Bearer " + bearer.get("customer of the company"));
    return id;
  }

  private HttpResponse<String> submitEntry(long contest, String token) {
    List<String> headers = new ArrayList<>();
    if (token != null) {
      headers.add("Authorization");
      headers.add("Bearer " + token);
    }
    return http.multipart(
        http.app("api/contests/" + contest + "/entries"),
        Map.of("title", "Matrix entry"),
        "file",
        Images.png(7),
        headers.toArray(String[]::new));
  }

  private static long entryOf(HttpResponse<String> submitted) {
    return Http.json(submitted).asJsonObject().getJsonNumber("id").longValue();
  }

  private long newDraft() {
    HttpResponse<String> created =
        http.post(
            http.app("api/contests"),
            JSON,
            "{\"title\": \"Matrix draft\", \"category\": \"logo\", \"prize\": 100}",
            "Authorization",
            "Bearer " + bearer.get("customer of the company"));
    return Http.json(created).asJsonObject().getJsonNumber("id").longValue();
  }

  /** METHOD path → body (or null) and the expected status for each caller, in CALLERS order. */
  private Map<String, Row> rows() {
    Map<String, Row> rows = new LinkedHashMap<>();
    String brief = "{\"title\": \"T\", \"category\": \"logo\", \"prize\": 10}";
    rows.put(
        "POST /api/contests", new Row(() -> brief, 401, 403, 403, 201, 201, 403, 403, 201, 401));
    rows.put(
        "PUT /api/contests/{id}",
        new Row(() -> brief, 401, 403, 403, 200, 404, 403, 403, 200, 401));
    rows.put(
        "POST /api/contests/{id}/launch",
        new Row(null, 401, 403, 403, 200, 404, 403, 403, 200, 401));
    rows.put(
        "POST /api/contests/{id}/cancellation",
        new Row(null, 401, 404, 404, 200, 404, 200, 200, 200, 401));
    rows.put(
        "POST /api/contests/{id}/entries",
        new Row(null, 401, 201, 201, 403, 403, 403, 403, 403, 401));
    rows.put(
        "GET /api/contests/{id}/entries",
        new Row(null, 404, 404, 404, 200, 404, 200, 200, 200, 401));
    rows.put(
        "DELETE /api/entries/{id}", new Row(null, 401, 204, 404, 404, 404, 404, 404, 404, 401));
    rows.put(
        "GET /api/entries/{id}/image", new Row(null, 404, 200, 404, 200, 404, 200, 200, 200, 401));
    rows.put(
        "PUT /api/entries/{id}/rating",
        new Row(() -> "{\"stars\": 4}", 401, 403, 403, 204, 404, 403, 403, 204, 401));
    rows.put(
        "POST /api/entries/{id}/elimination",
        new Row(() -> "{\"reason\": \"off brief\"}", 401, 403, 403, 204, 404, 403, 403, 204, 401));
    rows.put(
        "DELETE /api/entries/{id}/elimination",
        new Row(null, 401, 403, 403, 409, 404, 403, 403, 409, 401));
    rows.put(
        "POST /api/entries/{id}/comments",
        new Row(() -> "{\"text\": \"Nice\"}", 401, 201, 404, 201, 404, 404, 404, 201, 401));
    rows.put(
        "GET /api/entries/{id}/comments",
        new Row(null, 401, 200, 404, 200, 404, 404, 404, 200, 401));
    rows.put(
        "POST /api/contests/{id}/finalists",
        new Row(() -> "{\"designers\": [1]}", 401, 403, 403, 200, 404, 403, 403, 200, 401));
    rows.put("GET /api/contests/{id}", new Row(null, 404, 404, 404, 200, 404, 200, 200, 200, 401));
    rows.put(
        "GET /api/contests/{id}/events",
        new Row(null, 404, 404, 404, 200, 404, 200, 200, 200, 401));
    rows.put(
        "POST /api/accounts/designers",
        new Row(
            () ->
                "{\"email\": \"%s@example.test\", \"password\": \"long enough pw\", \"displayName\": \"N\"}"
                    .formatted(UUID.randomUUID()),
            202,
            202,
            202,
            202,
            202,
            202,
            202,
            202,
            401));
    rows.put(
        "POST /api/accounts/companies",
        new Row(
            () ->
                "{\"companyName\": \"C\", \"email\": \"%s@example.test\", \"password\": \"long enough pw\", \"displayName\": \"N\"}"
                    .formatted(UUID.randomUUID()),
            202,
            202,
            202,
            202,
            202,
            202,
            202,
            202,
            401));
    rows.put(
        "POST /api/accounts/email-verifications",
        new Row(
            () -> "{\"token\": \"not-a-real-token\"}",
            400,
            400,
            400,
            400,
            400,
            400,
            400,
            400,
            401));
    rows.put(
        "POST /api/accounts/password-reset-requests",
        new Row(
            () -> "{\"email\": \"nobody@example.test\"}",
            202,
            202,
            202,
            202,
            202,
            202,
            202,
            202,
            401));
    rows.put(
        "POST /api/accounts/password-resets",
        new Row(
            () -> "{\"token\": \"not-a-real-token\", \"password\": \"long enough pw\"}",
            400,
            400,
            400,
            400,
            400,
            400,
            400,
            400,
            401));
    rows.put(
        "POST /api/tokens",
        new Row(
            () -> "{\"name\": \"x\", \"scope\": \"READ\"}",
            401,
            403,
            403,
            403,
            403,
            403,
            403,
            403,
            401));
    rows.put("GET /api/tokens", new Row(null, 401, 200, 200, 200, 200, 200, 200, 200, 401));
    rows.put("DELETE /api/tokens/{id}", new Row(null, 401, 404, 404, 204, 404, 404, 404, 404, 401));
    rows.put("GET /api/accounts/me", new Row(null, 401, 200, 200, 200, 200, 200, 200, 200, 401));
    rows.put(
        "PUT /api/accounts/me",
        new Row(() -> "{\"displayName\": \"N\"}", 401, 200, 200, 200, 200, 200, 200, 403, 401));
    rows.put(
        "GET /api/companies/mine/members",
        new Row(null, 401, 403, 403, 200, 200, 403, 403, 200, 401));
    rows.put(
        "POST /api/companies/mine/invitations",
        new Row(
            () -> "{\"email\": \"%s@example.test\"}".formatted(UUID.randomUUID()),
            401,
            403,
            403,
            201,
            201,
            403,
            403,
            403,
            401));
    rows.put(
        "DELETE /api/companies/mine/members/{id}",
        new Row(null, 401, 403, 403, 204, 404, 403, 403, 403, 401));
    rows.put(
        "POST /api/invitations/acceptances",
        new Row(
            () ->
                "{\"token\": \"not-a-real-token\", \"displayName\": \"N\", \"password\": \"long enough pw\"}",
            400,
            400,
            400,
            400,
            400,
            400,
            400,
            400,
            401));
    rows.put(
        "PUT /api/accounts/{id}/suspension",
        new Row(null, 401, 403, 403, 403, 403, 204, 204, 403, 401));
    rows.put(
        "DELETE /api/accounts/{id}/suspension",
        new Row(null, 401, 403, 403, 403, 403, 204, 204, 403, 401));
    rows.put("GET /api/ping", new Row(null, 200, 200, 200, 200, 200, 200, 200, 200, 401));
    rows.put("GET /api/accounts", new Row(null, 401, 403, 403, 403, 403, 200, 200, 403, 401));
    rows.put("GET /api/notifications", new Row(null, 401, 200, 200, 200, 200, 200, 200, 403, 401));
    rows.put(
        "GET /api/notifications/unread-count",
        new Row(null, 401, 200, 200, 200, 200, 200, 200, 403, 401));
    rows.put(
        "POST /api/notifications/{id}/read",
        new Row(null, 401, 404, 404, 200, 404, 404, 404, 403, 401));
    rows.put(
        "POST /api/notifications/read-all",
        new Row(null, 401, 200, 200, 200, 200, 200, 200, 403, 401));
    rows.put(
        "GET /api/notification-settings",
        new Row(null, 401, 200, 200, 200, 200, 200, 200, 403, 401));
    rows.put(
        "PUT /api/notification-settings",
        new Row(() -> "{}", 401, 200, 200, 200, 200, 200, 200, 403, 401));
    rows.put("GET /api/newsletters", new Row(null, 401, 403, 403, 403, 403, 403, 200, 403, 401));
    rows.put(
        "POST /api/newsletters",
        new Row(
            () -> "{\"subject\": \"S\", \"body\": \"<p>B</p>\", \"segment\": \"COMPANIES\"}",
            401,
            403,
            403,
            403,
            403,
            403,
            201,
            403,
            401));
    rows.put(
        "GET /api/newsletters/{id}", new Row(null, 401, 403, 403, 403, 403, 403, 200, 403, 401));
    rows.put(
        "GET /api/newsletters/{id}/preview",
        new Row(null, 401, 403, 403, 403, 403, 403, 200, 403, 401));
    rows.put(
        "POST /api/newsletters/{id}/test",
        new Row(null, 401, 403, 403, 403, 403, 403, 202, 403, 401));
    rows.put(
        "POST /api/newsletters/{id}/release",
        new Row(null, 401, 403, 403, 403, 403, 403, 200, 403, 401));
    rows.put(
        "POST /api/newsletters/{id}/stop",
        new Row(null, 401, 403, 403, 403, 403, 403, 409, 403, 401));
    rows.put(
        "POST /api/newsletters/{id}/restart",
        new Row(null, 401, 403, 403, 403, 403, 403, 409, 403, 401));
    rows.put(
        "POST /api/newsletters/weekly-digest",
        new Row(null, 401, 403, 403, 403, 403, 403, 202, 403, 401));
    rows.put(
        "GET /api/newsletter-subscriptions",
        new Row(null, 401, 200, 200, 200, 200, 200, 200, 403, 401));
    rows.put(
        "PUT /api/newsletter-subscriptions",
        new Row(() -> "{}", 401, 200, 200, 200, 200, 200, 200, 403, 401));
    // no token in the address: 400 to everyone (it needs no sign-in; a revoked bearer is still
    // refused)
    rows.put("POST /api/unsubscribe", new Row(null, 400, 400, 400, 400, 400, 400, 400, 400, 401));
    rows.put("GET /api/dead-letters", new Row(null, 401, 403, 403, 403, 403, 403, 200, 403, 401));
    rows.put(
        "POST /api/dead-letters/{messageId}/replay",
        new Row(null, 401, 403, 403, 403, 403, 403, 404, 403, 401));
    rows.put("GET /api/contests", new Row(null, 200, 200, 200, 200, 200, 200, 200, 200, 401));
    rows.put(
        "POST /api/contests/{id}/references",
        new Row(null, 401, 403, 403, 201, 404, 403, 403, 201, 401));
    rows.put(
        "GET /api/contests/{id}/references",
        new Row(null, 404, 404, 404, 200, 404, 200, 200, 200, 401));
    rows.put(
        "GET /api/contests/{id}/references/{referenceId}",
        new Row(null, 404, 404, 404, 200, 404, 200, 200, 200, 401));
    rows.put(
        "DELETE /api/contests/{id}/references/{referenceId}",
        new Row(null, 401, 403, 403, 204, 404, 403, 403, 204, 401));
    rows.put(
        "POST /api/entries/{id}/revisions",
        new Row(null, 401, 201, 404, 404, 404, 404, 404, 404, 401));
    rows.put(
        "GET /api/entries/{id}/revisions",
        new Row(null, 404, 200, 404, 200, 404, 200, 200, 200, 401));
    rows.put(
        "GET /api/entries/{id}/revisions/{number}/image",
        new Row(null, 404, 200, 404, 200, 404, 200, 200, 200, 401));
    rows.put(
        "PUT /api/entries/{id}/revisions/{number}/rating",
        new Row(() -> "{\"stars\": 4}", 401, 403, 403, 204, 404, 403, 403, 204, 401));
    rows.put(
        "POST /api/contests/{id}/winner",
        new Row(
            () -> "{\"entry\": " + freshEntry + "}", 401, 403, 403, 200, 404, 403, 403, 200, 401));
    rows.put(
        "POST /api/contests/{id}/manual-award",
        new Row(
            () -> "{\"entry\": " + freshEntry + ", \"reason\": \"The company asked us to.\"}",
            401,
            403,
            403,
            403,
            403,
            200,
            200,
            403,
            401));
    rows.put(
        "GET /api/contests/{id}/handover",
        new Row(null, 404, 200, 404, 200, 404, 200, 200, 200, 401));
    rows.put(
        "POST /api/contests/{id}/handover/files",
        new Row(null, 401, 201, 404, 403, 404, 403, 403, 403, 401));
    rows.put(
        "GET /api/contests/{id}/handover/files/{fileId}",
        new Row(null, 404, 200, 404, 200, 404, 200, 200, 200, 401));
    rows.put(
        "POST /api/contests/{id}/handover/acceptance",
        new Row(null, 401, 200, 404, 403, 404, 403, 403, 403, 401));
    rows.put(
        "POST /api/contests/{id}/handover/approval",
        new Row(null, 401, 403, 403, 200, 404, 403, 403, 200, 401));
    // chat (docs/chat.md): the conversation between the company and the designer about the
    // designer's entry; anyone else gets 404 (its existence does not leak), moderators too without
    // a reason; a company token is the company
    rows.put(
        "POST /api/conversations",
        new Row(
            () -> "{\"entryId\": " + designersEntry + "}",
            401,
            404,
            404,
            200,
            404,
            404,
            404,
            200,
            401));
    rows.put("GET /api/conversations", new Row(null, 401, 200, 200, 200, 200, 200, 200, 200, 401));
    rows.put(
        "GET /api/conversations/{id}", new Row(null, 401, 200, 404, 200, 404, 404, 404, 200, 401));
    rows.put(
        "GET /api/conversations/{id}/messages",
        new Row(null, 401, 200, 404, 200, 404, 404, 404, 200, 401));
    rows.put(
        "POST /api/conversations/{id}/messages",
        new Row(
            () -> "{\"body\": \"Hello\", \"clientKey\": \"" + UUID.randomUUID() + "\"}",
            401,
            201,
            404,
            201,
            404,
            404,
            404,
            201,
            401));
    rows.put(
        "GET /api/conversations/{id}/attachments/{attachmentId}",
        new Row(null, 401, 200, 404, 200, 404, 404, 404, 200, 401));
    rows.put(
        "PUT /api/conversations/{id}/read",
        new Row(
            () -> "{\"upTo\": " + conversationsMessage + "}",
            401,
            204,
            404,
            204,
            404,
            404,
            404,
            204,
            401));
    return rows;
  }

  @Test
  void everyEndpointAnswersEveryCallerAsExpected() {
    sharedTargets();
    List<String> wrong = new ArrayList<>();
    rows()
        .forEach(
            (endpoint, row) -> {
              for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                HttpResponse<String> response = call(endpoint, row, bearer.get(caller));
                if (response.statusCode() != row.expected()[i]) {
                  wrong.add(
                      endpoint
                          + " as "
                          + caller
                          + ": expected "
                          + row.expected()[i]
                          + ", got "
                          + response.statusCode()
                          + " "
                          + response.body());
                }
              }
            });
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyEndpointInTheOpenApiDocumentHasARow() {
    String document = http.get(http.server("/openapi")).body();
    Set<String> documented = new TreeSet<>();
    Matcher path = Pattern.compile("(?m)^  (/api/[^:]+):$").matcher(document);
    List<int[]> starts = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    while (path.find()) {
      starts.add(new int[] {path.end()});
      paths.add(path.group(1));
    }
    for (int i = 0; i < paths.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : document.length();
      Matcher method =
          Pattern.compile("(?m)^    (get|post|put|delete|patch):")
              .matcher(document.substring(starts.get(i)[0], end));
      while (method.find()) {
        documented.add(method.group(1).toUpperCase() + " " + paths.get(i));
      }
    }

    assertThat(documented).isNotEmpty().isEqualTo(new TreeSet<>(rows().keySet()));
  }

  /** Rows that send a file: multipart with a PNG in the part "file". */
  private static final Set<String> MULTIPART =
      Set.of(
          "POST /api/contests/{id}/entries",
          "POST /api/contests/{id}/references",
          "POST /api/entries/{id}/revisions",
          "POST /api/contests/{id}/handover/files");

  /** The contest, entry and files a row's path names. */
  private record Target(long contest, long entry, long file) {}

  /** The entry a fresh target of the winner row offers (read by that row's body). */
  private long freshEntry;

  private Target target(String endpoint) {
    switch (endpoint) {
      case "POST /api/contests/{id}/entries":
        return new Target(openContest(), designersEntry, 0);
      case "PUT /api/contests/{id}",
      "POST /api/contests/{id}/launch",
      "POST /api/contests/{id}/cancellation",
      "POST /api/contests/{id}/references":
        return new Target(newDraft(), designersEntry, 0);
      case "GET /api/contests/{id}/references", "GET /api/contests/{id}/references/{referenceId}":
        return sharedDraft;
      case "DELETE /api/contests/{id}/references/{referenceId}":
        {
          long draft = newDraft();
          return new Target(draft, designersEntry, reference(draft));
        }
      case "POST /api/contests/{id}/finalists":
        {
          long contest = openContest();
          submitEntry(contest, bearer.get("designer"));
          return new Target(contest, designersEntry, 0);
        }
      case "DELETE /api/entries/{id}",
      "POST /api/entries/{id}/elimination",
      "DELETE /api/entries/{id}/elimination":
        return new Target(draft, entryOf(submitEntry(openContest(), bearer.get("designer"))), 0);
      case "POST /api/entries/{id}/revisions":
        return finalRound();
      case "GET /api/entries/{id}/revisions",
      "GET /api/entries/{id}/revisions/{number}/image",
      "PUT /api/entries/{id}/revisions/{number}/rating":
        return sharedFinalRound;
      case "POST /api/contests/{id}/winner", "POST /api/contests/{id}/manual-award":
        {
          Target fresh = winnerSelection();
          freshEntry = fresh.entry();
          return fresh;
        }
      case "GET /api/contests/{id}/handover", "GET /api/contests/{id}/handover/files/{fileId}":
        return sharedHandover;
      case "POST /api/contests/{id}/handover/files":
        return handover();
      case "POST /api/contests/{id}/handover/acceptance":
        {
          Target handover = handover();
          return new Target(handover.contest(), handover.entry(), finalFile(handover.contest()));
        }
      case "POST /api/contests/{id}/handover/approval":
        return delivered();
      default:
        return new Target(draft, designersEntry, 0);
    }
  }

  private Target sharedDraft;
  private Target sharedFinalRound;
  private Target sharedHandover;

  /** The company's conversation with the designer about their entry, a message and its file. */
  private long conversation;

  private long conversationsMessage;
  private long conversationsAttachment;

  /** The targets of the rows that only read, made once. */
  private void sharedTargets() {
    long withReference = newDraft();
    sharedDraft = new Target(withReference, designersEntry, reference(withReference));
    sharedFinalRound = finalRound();
    HttpResponse<String> revised =
        http.multipart(
            http.app("api/entries/" + sharedFinalRound.entry() + "/revisions"),
            Map.of("notes", "bolder"),
            "file",
            Images.png(11),
            "Authorization",
            "Bearer " + bearer.get("designer"));
    assertThat(revised.statusCode()).as(revised.body()).isEqualTo(201);
    Target handover = handover();
    sharedHandover =
        new Target(handover.contest(), handover.entry(), finalFile(handover.contest()));
    conversation =
        idOf(
            http.post(
                http.app("api/conversations"),
                JSON,
                "{\"entryId\": " + designersEntry + "}",
                "Authorization",
                "Bearer " + bearer.get("customer of the company")));
    HttpResponse<String> withFile =
        http.multipart(
            http.app("api/conversations/" + conversation + "/messages"),
            Map.of("body", "A file"),
            "file",
            Images.png(14),
            "Authorization",
            "Bearer " + bearer.get("designer"));
    assertThat(withFile.statusCode()).as(withFile.body()).isEqualTo(201);
    conversationsMessage = Http.json(withFile).asJsonObject().getJsonNumber("id").longValue();
    conversationsAttachment =
        Http.json(withFile)
            .asJsonObject()
            .getJsonArray("attachments")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
  }

  /** A contest in its final round, the designer's entry a finalist's. */
  private Target finalRound() {
    long contest = openContest();
    long entry = entryOf(submitEntry(contest, bearer.get("designer")));
    HttpResponse<String> picked =
        http.post(
            http.app("api/contests/" + contest + "/finalists"),
            JSON,
            "{\"designers\": [1]}",
            "Authorization",
            "Bearer " + bearer.get("customer of the company"));
    assertThat(picked.statusCode()).as(picked.body()).isEqualTo(200);
    return new Target(contest, entry, 0);
  }

  /** The same after its final round (moved on in the database, as the sweep would). */
  private Target winnerSelection() {
    Target target = finalRound();
    TestDatabase.execute(
        "update contest set stage = 'WINNER_SELECTION', deadline_at = now() + interval '14 days'"
            + " where id = ?",
        target.contest());
    return target;
  }

  /** The same with the designer's entry the winner. */
  private Target handover() {
    Target target = winnerSelection();
    HttpResponse<String> won =
        http.post(
            http.app("api/contests/" + target.contest() + "/winner"),
            JSON,
            "{\"entry\": " + target.entry() + "}",
            "Authorization",
            "Bearer " + bearer.get("customer of the company"));
    assertThat(won.statusCode()).as(won.body()).isEqualTo(200);
    return target;
  }

  /** The same after the winner delivered a file and accepted the transfer. */
  private Target delivered() {
    Target target = handover();
    long file = finalFile(target.contest());
    http.send(
        "POST",
        http.app("api/contests/" + target.contest() + "/handover/acceptance"),
        "Authorization",
        "Bearer " + bearer.get("designer"));
    return new Target(target.contest(), target.entry(), file);
  }

  private long finalFile(long contest) {
    return idOf(
        http.multipart(
            http.app("api/contests/" + contest + "/handover/files"),
            Map.of(),
            "file",
            Images.png(12),
            "Authorization",
            "Bearer " + bearer.get("designer")));
  }

  private long reference(long draft) {
    return idOf(
        http.multipart(
            http.app("api/contests/" + draft + "/references"),
            Map.of(),
            "file",
            Images.png(13),
            "Authorization",
            "Bearer " + bearer.get("customer of the company")));
  }

  private static long idOf(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).asJsonObject().getJsonNumber("id").longValue();
  }

  private HttpResponse<String> call(String endpoint, Row row, String token) {
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    Target target = target(endpoint);
    String path =
        endpoint
            .substring(endpoint.indexOf(' ') + 2)
            .replace("contests/{id}", "contests/" + target.contest())
            .replace("tokens/{id}", "tokens/" + customersSpareToken)
            .replace("accounts/{id}", "accounts/" + suspendable)
            .replace("members/{id}", "members/" + colleague)
            .replace("entries/{id}", "entries/" + target.entry())
            .replace("{number}", "1")
            .replace("notifications/{id}", "notifications/" + customersNotification)
            .replace("newsletters/{id}", "newsletters/" + announcementDraft())
            .replace("{messageId}", "ID:0-127.0.0.1-0-0")
            .replace("{fileId}", String.valueOf(target.file()))
            .replace("{referenceId}", String.valueOf(target.file()))
            .replace("conversations/{id}", "conversations/" + conversation)
            .replace("{attachmentId}", String.valueOf(conversationsAttachment));
    List<String> headers = new ArrayList<>();
    if (token != null) {
      headers.add("Authorization");
      headers.add("Bearer " + token);
    }
    String[] headerArray = headers.toArray(String[]::new);
    if (MULTIPART.contains(endpoint)) {
      return http.multipart(
          http.app(path), Map.of("title", "Matrix entry"), "file", Images.png(7), headerArray);
    }
    if (row.body() != null) {
      return http.sendBody(method, http.app(path), JSON, row.body().get(), headerArray);
    }
    return http.send(method, http.app(path), headerArray);
  }

  /** A draft announcement to the companies, written by the SQL, not the API under test. */
  private static long announcementDraft() {
    return TestDatabase.count(
        "insert into newsletter (kind, subject, body_html, segment, status, created_at)"
            + " values ('ANNOUNCEMENT', 'Matrix news', '<p>News</p>', 'COMPANIES', 'DRAFT', now())"
            + " returning id");
  }

  private record Row(Supplier<String> body, int... expected) {}
}
