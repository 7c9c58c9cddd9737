package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.PageSession;
import org.designcontest.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who is calling: API tokens (made with HTTP Basic, used as bearer, listed, revoked), sign-in
 * throttling, suspension, and the sign-in page with its session and remember-me cookie.
 */
@ExtendWith(ArquillianExtension.class)
class AuthenticationIT {

  private static final String JSON = "application/json";
  private static final String PASSWORD = "correct horse battery";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private String email;

  @BeforeEach
  void signUpACompany() {
    http = new Http(deployment);
    email = "owner-" + UUID.randomUUID() + "@example.test";
    HttpResponse<String> signedUp =
        http.post(
            http.app("api/accounts/companies"),
            JSON,
            "{\"companyName\": \"Tide Coffee\", \"email\": \"%s\", \"password\": \"%s\", \"displayName\": \"Jo\"}"
                .formatted(email, PASSWORD));
    assertThat(signedUp.statusCode()).isEqualTo(202);
  }

  @AfterEach
  void forgetFailedSignInsFromThisAddress() {
    // every test client is 127.0.0.1: its failures must not throttle the next test
    TestDatabase.execute("delete from login_failure where throttle_key like 'address:%'");
  }

  @Test
  void aTokenMadeWithThePasswordWorksUntilRevoked() {
    HttpResponse<String> made =
        makeToken(email, PASSWORD, "{\"name\": \"intranet\", \"scope\": \"WRITE\"}");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    JsonObject token = Http.json(made).asJsonObject();
    String bearer = "Bearer " + token.getString("secret");
    assertThat(token.getString("secret")).startsWith("dc_");
    assertThat(
            TestDatabase.count(
                "select count(*) from api_token where token_hash = ? or name = ? and length(token_hash) <> 64",
                token.getString("secret"),
                "intranet"))
        .as("only the hash is stored")
        .isZero();

    HttpResponse<String> draft =
        http.post(
            http.app("api/contests"),
            JSON,
            "{\"title\": \"Cup sleeve\", \"category\": \"packaging\", \"prize\": 200}",
            "Authorization",
            bearer);
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);

    HttpResponse<String> list = http.get(http.app("api/tokens"), "Authorization", bearer);
    JsonObject listed = Http.json(list).asJsonArray().getJsonObject(0);
    assertThat(listed.getString("name")).isEqualTo("intranet");
    assertThat(listed.containsKey("secret")).as("never shown again").isFalse();
    assertThat(listed.containsKey("lastUsedAt")).as("last use is recorded").isTrue();

    HttpResponse<String> revoked =
        http.send("DELETE", http.app("api/tokens/" + token.getInt("id")), "Authorization", bearer);
    assertThat(revoked.statusCode()).isEqualTo(204);

    HttpResponse<String> afterwards = http.get(http.app("api/tokens"), "Authorization", bearer);
    assertThat(afterwards.statusCode()).isEqualTo(401);
    assertThat(afterwards.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
  }

  @Test
  void aCompanyTokenActsForTheCompanyAndATokenCannotMakeTokens() {
    JsonObject companyToken =
        Http.json(
                makeToken(
                    email,
                    PASSWORD,
                    "{\"name\": \"brand tool\", \"scope\": \"READ\", \"forCompany\": true}"))
            .asJsonObject();
    String bearer = "Bearer " + companyToken.getString("secret");
    assertThat(companyToken.containsKey("companyId")).isTrue();

    HttpResponse<String> tokenMakingToken =
        http.post(
            http.app("api/tokens"),
            JSON,
            "{\"name\": \"x\", \"scope\": \"READ\"}",
            "Authorization",
            bearer);
    HttpResponse<String> readOnlyWrite =
        http.post(
            http.app("api/contests"),
            JSON,
            "{\"title\": \"T\", \"category\": \"logo\", \"prize\": 10}",
            "Authorization",
            bearer);

    assertThat(tokenMakingToken.statusCode()).isEqualTo(403);
    assertThat(readOnlyWrite.statusCode()).isEqualTo(403);
  }

  @Test
  void fiveWrongPasswordsThrottleTheAccountEvenForTheRightOne() {
    for (int attempt = 1; attempt <= 5; attempt++) {
      HttpResponse<String> wrong =
          makeToken(email, "not the password", "{\"name\": \"x\", \"scope\": \"READ\"}");
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(wrong.body()).contains("The email address or the password is not right.");
    }

    HttpResponse<String> right =
        makeToken(email, PASSWORD, "{\"name\": \"x\", \"scope\": \"READ\"}");

    assertThat(right.statusCode()).isEqualTo(429);
    assertThat(right.headers().firstValue("Retry-After")).isPresent();
    assertThat(right.body()).contains("Too many failed sign-ins");
    assertThat(
            TestDatabase.count(
                "select count(*) from api_token t join account a on a.id = t.created_by where a.email = ?",
                email))
        .isZero();
  }

  @Test
  void wrongPasswordAndUnknownAccountGetTheSameAnswer() {
    HttpResponse<String> wrongPassword =
        makeToken(email, "not the password", "{\"name\": \"x\", \"scope\": \"READ\"}");
    HttpResponse<String> nobody =
        makeToken(
            "nobody-" + UUID.randomUUID() + "@example.test",
            PASSWORD,
            "{\"name\": \"x\", \"scope\": \"READ\"}");

    assertThat(nobody.statusCode()).isEqualTo(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(nobody.body()).isEqualTo(wrongPassword.body());
  }

  @Test
  void aSuspensionStopsTokensAndSignInAtOnceAndARestoreEndsIt() {
    String bearer =
        "Bearer "
            + Http.json(makeToken(email, PASSWORD, "{\"name\": \"x\", \"scope\": \"READ\"}"))
                .asJsonObject()
                .getString("secret");
    long account = TestDatabase.accountIdOf(email);
    String moderator =
        "Bearer " + TestDatabase.newToken(TestDatabase.newAccount("MODERATOR"), null, "WRITE");
    URI suspension = http.app("api/accounts/" + account + "/suspension");

    assertThat(http.send("PUT", suspension, "Authorization", bearer).statusCode())
        .as("only moderators suspend")
        .isEqualTo(403);
    assertThat(http.send("PUT", suspension, "Authorization", moderator).statusCode())
        .isEqualTo(204);

    assertThat(http.get(http.app("api/tokens"), "Authorization", bearer).statusCode())
        .isEqualTo(401);
    assertThat(makeToken(email, PASSWORD, "{\"name\": \"y\", \"scope\": \"READ\"}").statusCode())
        .isEqualTo(401);
    assertThat(new PageSession(http).signIn(email, PASSWORD, false).body())
        .contains("The email address or the password is not right.");

    assertThat(http.send("DELETE", suspension, "Authorization", moderator).statusCode())
        .isEqualTo(204);
    assertThat(http.get(http.app("api/tokens"), "Authorization", bearer).statusCode())
        .isEqualTo(200);
  }

  @Test
  void signingInOnThePageStartsANewSessionThatSeesTheCompanysDraft() {
    String bearer =
        "Bearer " + TestDatabase.newToken(TestDatabase.accountIdOf(email), null, "WRITE");
    long draft =
        Http.json(
                http.post(
                    http.app("api/contests"),
                    JSON,
                    "{\"title\": \"Menu board\", \"category\": \"illustration\", \"prize\": 300,"
                        + " \"description\": \"Warm & hand-made <b>not bold</b>\"}",
                    "Authorization",
                    bearer))
            .asJsonObject()
            .getJsonNumber("id")
            .longValue();
    PageSession browser = new PageSession(http);

    HttpResponse<String> wrong = browser.signIn(email, "not the password", false);
    assertThat(wrong.body()).contains("The email address or the password is not right.");
    String sessionBefore = browser.cookie("JSESSIONID").orElse("none");

    HttpResponse<String> signedIn = browser.signIn(email, PASSWORD, false);
    assertThat(signedIn.body()).contains("You are signed in.").contains("Sign out");
    assertThat(browser.cookie("JSESSIONID")).isPresent().get().isNotEqualTo(sessionBefore);

    HttpResponse<String> page = browser.get("contest.xhtml?id=" + draft);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Menu board")
        // the brief keeps the safe formatting subset (SafeHtml, applied on output; text escaped)
        .contains("Warm &amp; hand-made <b>not bold</b>");

    HttpResponse<String> signedOut = browser.submit("index.xhtml", "signOut", Map.of());
    assertThat(signedOut.body()).contains("You are signed out.");
    assertThat(browser.get("contest.xhtml?id=" + draft).statusCode()).isEqualTo(404);
  }

  @Test
  void aRememberedBrowserIsSignedInAgainAndItsCookieIsReplaced() {
    PageSession browser = new PageSession(http);
    browser.signIn(email, PASSWORD, true);
    String remembered = browser.cookie("dc_remember").orElseThrow();

    PageSession nextDay = new PageSession(http);
    nextDay.keepOnly("dc_remember", remembered);
    assertThat(nextDay.get("index.xhtml").body()).contains("Sign out");
    assertThat(nextDay.cookies("dc_remember"))
        .as("a new secret replaces the used one")
        .anyMatch(value -> !value.equals(remembered));

    PageSession replay = new PageSession(http);
    replay.keepOnly("dc_remember", remembered);
    assertThat(replay.get("index.xhtml").body())
        .as("a used cookie works no more")
        .doesNotContain("Sign out");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (HttpResponse<String> response :
        new HttpResponse[] {http.get(http.app("")), http.get(http.app("api/contests/1"))}) {
      assertThat(response.headers().allValues("Content-Security-Policy")).hasSize(1);
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("frame-ancestors 'none'")
                      .doesNotContain("unsafe-eval")
                      .doesNotContainPattern("script-src[^;]*unsafe-inline")
                      // pages allow inline style attributes (PrimeFaces writes them), nothing else
                      .doesNotContainPattern("style-src [^;]*unsafe-inline"));
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
    }
  }

  private HttpResponse<String> makeToken(String user, String password, String body) {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http.post(http.app("api/tokens"), JSON, body, "Authorization", "Basic " + basic);
  }
}
