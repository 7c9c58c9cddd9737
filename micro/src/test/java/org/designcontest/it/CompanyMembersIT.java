package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.PageSession;
import org.designcontest.it.support.TestDatabase;
import org.designcontest.it.support.TestMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A company's staff: the owner invites a colleague by email, the colleague joins through the link,
 * the owner removes them again; and the account and API token pages.
 */
@ExtendWith(ArquillianExtension.class)
class CompanyMembersIT {

  private static final String JSON = "application/json";
  private static final String PASSWORD = "correct horse battery";
  private static final Pattern JOIN_TOKEN =
      Pattern.compile("join\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private String owner;
  private String ownerBearer;
  private String colleague;

  @BeforeEach
  void signUpACompany() {
    http = new Http(deployment);
    owner = "owner-" + UUID.randomUUID() + "@example.test";
    colleague = "colleague-" + UUID.randomUUID() + "@example.test";
    http.post(
        http.app("api/accounts/companies"),
        JSON,
        "{\"companyName\": \"Tide Coffee\", \"email\": \"%s\", \"password\": \"%s\", \"displayName\": \"Jo\"}"
            .formatted(owner, PASSWORD));
    ownerBearer = "Bearer " + token(owner);
  }

  @AfterEach
  void forgetFailedSignIns() {
    TestDatabase.execute("delete from login_failure where throttle_key like 'address:%'");
  }

  @Test
  void anInvitedColleagueJoinsThroughTheLinkAndWorksForTheCompanyUntilRemoved() throws Exception {
    HttpResponse<String> invited = invite(colleague);
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    String link = joinToken(TestMail.awaitOne(colleague, "Join Tide Coffee on designcontest"));

    PageSession browser = new PageSession(http);
    HttpResponse<String> weak =
        browser.submit(
            "join.xhtml?token=" + link,
            "join",
            Map.of("token", link, "displayName", "Kim", "password", "short"));
    assertThat(weak.body()).contains("The password needs at least 10 characters.");
    HttpResponse<String> joined =
        browser.submit(
            "join.xhtml?token=" + link,
            "join",
            Map.of("token", link, "displayName", "Kim", "password", PASSWORD));
    assertThat(joined.body()).contains("Welcome aboard");
    assertThat(browser.signIn(colleague, PASSWORD, false).body()).contains("You are signed in.");
    assertThat(browser.get("account.xhtml").body())
        .contains("Tide Coffee: colleagues")
        .contains("Jo (owner)");

    String colleagueBearer = "Bearer " + token(colleague);
    List<JsonObject> members =
        Http.json(http.get(http.app("api/companies/mine/members"), "Authorization", ownerBearer))
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(members)
        .extracting(m -> m.getString("email"))
        .containsExactlyInAnyOrder(owner, colleague);
    assertThat(draft(colleagueBearer).statusCode()).isEqualTo(201);
    assertThat(invite("x-" + colleague, colleagueBearer).statusCode())
        .as("only the owner invites")
        .isEqualTo(403);

    long colleagueId = TestDatabase.accountIdOf(colleague);
    assertThat(
            http.send(
                    "DELETE",
                    http.app("api/companies/mine/members/" + colleagueId),
                    "Authorization",
                    ownerBearer)
                .statusCode())
        .isEqualTo(204);
    assertThat(draft(colleagueBearer).statusCode()).as("no access once removed").isEqualTo(403);

    HttpResponse<String> reused =
        new PageSession(http)
            .submit(
                "join.xhtml?token=" + link,
                "join",
                Map.of("token", link, "displayName", "Kim", "password", PASSWORD));
    assertThat(reused.body()).contains("This invitation has expired or was used already.");
  }

  @Test
  void anExpiredInvitationJoinsNobody() throws Exception {
    invite(colleague);
    String link = joinToken(TestMail.awaitOne(colleague, "Join Tide Coffee on designcontest"));
    TestDatabase.execute(
        "update company_invitation set expires_at = now() - interval '1 second' where email = ?",
        colleague);

    HttpResponse<String> refused =
        http.post(
            http.app("api/invitations/acceptances"),
            JSON,
            "{\"token\": \"%s\", \"displayName\": \"Kim\", \"password\": \"%s\"}"
                .formatted(link, PASSWORD));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(TestDatabase.count("select count(*) from account where email = ?", colleague))
        .isZero();
  }

  @Test
  void theOwnerInvitesOnTheAccountPageAndMakesAndRevokesTokensOnTheTokensPage() {
    PageSession browser = new PageSession(http);
    assertThat(browser.get("account.xhtml").body())
        .as("not signed in: the sign-in page")
        .contains("Sign in</h1>");
    browser.signIn(owner, PASSWORD, false);

    HttpResponse<String> bad =
        browser.submit("account.xhtml", "invite", Map.of("email", "not an address"));
    assertThat(bad.body()).contains("This is not an email address.");
    HttpResponse<String> sent =
        browser.submit("account.xhtml", "invite", Map.of("email", colleague));
    assertThat(sent.body()).contains("Invitation sent to " + colleague);
    TestMail.awaitOne(colleague, "Join Tide Coffee on designcontest");

    HttpResponse<String> made =
        browser.submit("tokens.xhtml", "token", Map.of("name", "brand portal", "scope", "WRITE"));
    Matcher secret = Pattern.compile("<code id=\"secret\">(dc_[^<]+)</code>").matcher(made.body());
    assertThat(secret.find()).as(made.body()).isTrue();
    assertThat(draft("Bearer " + secret.group(1)).statusCode()).isEqualTo(201);
    assertThat(browser.get("tokens.xhtml").body())
        .contains("brand portal")
        .doesNotContain(secret.group(1));
  }

  private HttpResponse<String> invite(String email) {
    return invite(email, ownerBearer);
  }

  private HttpResponse<String> invite(String email, String bearer) {
    return http.post(
        http.app("api/companies/mine/invitations"),
        JSON,
        "{\"email\": \"" + email + "\"}",
        "Authorization",
        bearer);
  }

  private HttpResponse<String> draft(String bearer) {
    return http.post(
        http.app("api/contests"),
        JSON,
        "{\"title\": \"Cup sleeve\", \"category\": \"packaging\", \"prize\": 200}",
        "Authorization",
        bearer);
  }

  private String token(String email) {
    String basic =
        Base64.getEncoder()
            .encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> made =
        http.post(
            http.app("api/tokens"),
            JSON,
            "{\"name\": \"t\", \"scope\": \"WRITE\"}",
            "Authorization",
            "Basic " + basic);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    return Http.json(made).asJsonObject().getString("secret");
  }

  private static String joinToken(MimeMessage mail) throws Exception {
    Matcher token = JOIN_TOKEN.matcher(String.valueOf(mail.getContent()));
    assertThat(token.find()).isTrue();
    return token.group(1);
  }
}
