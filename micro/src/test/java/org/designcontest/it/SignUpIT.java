package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.TestDatabase;
import org.designcontest.it.support.TestMail;
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
 * Sign-up through the API, the confirmation link through the real mail path (outbox, SMTP,
 * GreenMail), and the page the link opens.
 */
@ExtendWith(ArquillianExtension.class)
class SignUpIT {

  private static final String JSON = "application/json";
  private static final String PASSWORD = "correct horse battery";
  private static final Duration MAIL_PATIENCE = Duration.ofSeconds(60);
  private static final Pattern TOKEN =
      Pattern.compile("verify-email\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private String email;

  @BeforeEach
  void setUp() {
    http = new Http(deployment);
    email = "someone-" + UUID.randomUUID() + "@example.test";
  }

  @Test
  void designerSignsUpAndConfirmsTheAddressOnceWithTheEmailedLink() throws Exception {
    HttpResponse<String> response = signUpDesigner(email, "[\"logo\", \"packaging\"]");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(response.body()).contains("Check your email");
    assertThat(
            TestDatabase.count(
                "select count(*) from account where email = ? and role = 'DESIGNER'"
                    + " and email_verified_at is null"
                    + " and password_hash like 'PBKDF2WithHmacSHA512:210000:%'"
                    + " and position(? in password_hash) = 0",
                email, PASSWORD))
        .isEqualTo(1);
    assertThat(
            TestDatabase.count(
                "select count(*) from followed_category f join account a on a.id = f.account_id"
                    + " where a.email = ?",
                email))
        .isEqualTo(2);

    MimeMessage mail = awaitMail(email, 1).get(0);
    assertThat(mail.getSubject()).isEqualTo("Confirm your email address for designcontest");
    assertThat(mail.getMessageID()).startsWith("<mail-").endsWith("@designcontest>");
    String link = tokenIn(mail);

    HttpResponse<String> page = http.get(http.app("verify-email.xhtml?token=" + link));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("your email address is confirmed");
    assertThat(
            TestDatabase.count(
                "select count(*) from account where email = ? and email_verified_at is not null",
                email))
        .isEqualTo(1);

    HttpResponse<String> again = http.get(http.app("verify-email.xhtml?token=" + link));
    assertThat(again.body()).contains("expired or was used already");
  }

  @Test
  void anExpiredLinkConfirmsNothing() throws Exception {
    signUpDesigner(email, "[]");
    String link = tokenIn(awaitMail(email, 1).get(0));
    TestDatabase.execute(
        "update one_time_token set expires_at = now() - interval '1 second' where account_id ="
            + " (select id from account where email = ?)",
        email);

    HttpResponse<String> verification =
        http.post(
            http.app("api/accounts/email-verifications"), JSON, "{\"token\":\"" + link + "\"}");

    assertThat(verification.statusCode()).isEqualTo(400);
    assertThat(
            Http.json(verification)
                .asJsonObject()
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("field"))
        .isEqualTo("token");
    assertThat(
            TestDatabase.count(
                "select count(*) from account where email = ? and email_verified_at is null",
                email))
        .isEqualTo(1);
  }

  @Test
  void companySignUpMakesTheSignerItsOwner() {
    HttpResponse<String> response =
        http.post(
            http.app("api/accounts/companies"),
            JSON,
            """
            {"companyName": "Harbour Bakery", "email": "%s", "password": "%s", "displayName": "Lena"}
            """
                .formatted(email, PASSWORD));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(
            TestDatabase.count(
                "select count(*) from account a join company c on c.id = a.company_id"
                    + " where a.email = ? and a.role = 'CUSTOMER' and a.company_owner"
                    + " and c.name = 'Harbour Bakery'",
                email))
        .isEqualTo(1);
    awaitMail(email, 1);
  }

  @Test
  void aSecondSignUpWithTheSameAddressChangesNothingAndTellsTheOwner() throws Exception {
    signUpDesigner(email, "[]");
    HttpResponse<String> second = signUpDesigner(email.toUpperCase(), "[]");

    assertThat(second.statusCode()).isEqualTo(202); // the same answer: no hint that it exists
    assertThat(TestDatabase.count("select count(*) from account where email = ?", email))
        .isEqualTo(1);
    List<MimeMessage> mails = awaitMail(email, 2);
    assertThat(mails)
        .extracting(MimeMessage::getSubject)
        .containsExactlyInAnyOrder(
            "Confirm your email address for designcontest",
            "You already have a designcontest account");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not an email     | {\"email\": \"nobody\", \"password\": \"long enough pw\", \"displayName\": \"N\"} | email",
        "short password   | {\"email\": \"a@b.test\", \"password\": \"short\", \"displayName\": \"N\"}        | password",
        "no password      | {\"email\": \"a@b.test\", \"displayName\": \"N\"}                                 | password",
        "blank name       | {\"email\": \"a@b.test\", \"password\": \"long enough pw\", \"displayName\": \" \"}  | displayName",
        "unknown category | {\"email\": \"a@b.test\", \"password\": \"long enough pw\", \"displayName\": \"N\", \"categories\": [\"sculpture\"]} | categories",
        "bad portfolio    | {\"email\": \"a@b.test\", \"password\": \"long enough pw\", \"displayName\": \"N\", \"portfolioUrl\": \"javascript:alert(1)\"} | portfolioUrl",
        "malformed JSON   | {\"email\": | body",
      })
  void invalidSignUpIsRefusedWithTheFieldAndWritesNothing(String why, String body, String field) {
    long accounts = TestDatabase.count("select count(*) from account");
    long mails = TestDatabase.count("select count(*) from outgoing_mail");

    HttpResponse<String> response = http.post(http.app("api/accounts/designers"), JSON, body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(
            Http.json(response).asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(error -> error.getString("field"))
        .contains(field);
    assertThat(TestDatabase.count("select count(*) from account")).isEqualTo(accounts);
    assertThat(TestDatabase.count("select count(*) from outgoing_mail")).isEqualTo(mails);
  }

  @Test
  void mailWaitsWhileTheMailServerIsDownAndArrivesOnceWhenItIsBack() {
    TestMail.stop();
    try {
      signUpDesigner(email, "[]");
      await()
          .atMost(MAIL_PATIENCE)
          .until(
              () ->
                  TestDatabase.count(
                          "select count(*) from outgoing_mail where recipient = ?"
                              + " and sent_at is null and attempts > 0 and last_error is not null",
                          email)
                      == 1);
    } finally {
      TestMail.start();
    }

    await().atMost(MAIL_PATIENCE).until(() -> TestMail.to(email).size() == 1);
    await()
        .during(Duration.ofSeconds(6)) // longer than a sweep: a second copy would have come
        .atMost(Duration.ofSeconds(8))
        .until(() -> TestMail.to(email).size() == 1);
  }

  private HttpResponse<String> signUpDesigner(String address, String categories) {
    return http.post(
        http.app("api/accounts/designers"),
        JSON,
        """
        {"email": "%s", "password": "%s", "displayName": "Mira", "categories": %s}
        """
            .formatted(address, PASSWORD, categories));
  }

  private static List<MimeMessage> awaitMail(String address, int count) {
    return await()
        .atMost(MAIL_PATIENCE)
        .until(() -> TestMail.to(address), mails -> mails.size() == count);
  }

  private static String tokenIn(MimeMessage mail) throws Exception {
    Matcher token = TOKEN.matcher(String.valueOf(mail.getContent()));
    assertThat(token.find()).as("a link with a token in: %s", mail.getContent()).isTrue();
    return token.group(1);
  }
}
