package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The account pages as a browser uses them: sign-up, and a forgotten password reset by email. */
@ExtendWith(ArquillianExtension.class)
class AccountPagesIT {

  private static final String PASSWORD = "correct horse battery";
  private static final Pattern RESET_TOKEN =
      Pattern.compile("reset-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private PageSession browser;
  private String email;

  @BeforeEach
  void setUp() {
    browser = new PageSession(new Http(deployment));
    email = "page-" + UUID.randomUUID() + "@example.test";
  }

  @Test
  void badSignUpShowsMessagesNextToTheFieldsAndSavesNothing() {
    long accounts = TestDatabase.count("select count(*) from account");

    HttpResponse<String> page =
        browser.submit(
            "signup.xhtml",
            "designer",
            Map.of("email", "not an address", "password", "short", "displayName", ""));

    assertThat(page.body())
        .contains("This is not an email address.")
        .contains("The password needs at least 10 characters.")
        .contains("Enter your name.");
    assertThat(TestDatabase.count("select count(*) from account")).isEqualTo(accounts);
  }

  @Test
  void designerSignsUpOnThePageAndIsAskedToConfirm() {
    HttpResponse<String> landed =
        browser.submit(
            "signup.xhtml",
            "designer",
            Map.of(
                "email", email, "password", PASSWORD, "displayName", "Mira", "categories", "logo"));

    assertThat(landed.body()).contains("we sent you an email with a link to confirm");
    assertThat(
            TestDatabase.count(
                "select count(*) from account a join followed_category f on f.account_id = a.id"
                    + " where a.email = ? and f.category_code = 'logo'",
                email))
        .isEqualTo(1);
    TestMail.awaitOne(email, "Confirm your email address for designcontest");
  }

  @Test
  void aDesignerChangesTheProfileOnTheAccountPage() {
    browser.submit(
        "signup.xhtml",
        "designer",
        Map.of("email", email, "password", PASSWORD, "displayName", "Mira", "categories", "logo"));
    browser.signIn(email, PASSWORD, false);

    HttpResponse<String> bad =
        browser.submit(
            "account.xhtml",
            "profile",
            Map.of("displayName", "Mira O.", "portfolioUrl", "javascript:alert(1)"));
    assertThat(bad.body()).contains("The portfolio link starts with https:// or http://.");
    assertThat(
            TestDatabase.count(
                "select count(*) from account where email = ? and display_name = 'Mira'", email))
        .as("nothing saved")
        .isEqualTo(1);

    HttpResponse<String> saved =
        browser.submit(
            "account.xhtml",
            "profile",
            Map.of(
                "displayName",
                "Mira O.",
                "portfolioUrl",
                "https://mira.example",
                "categories",
                "packaging"));
    assertThat(saved.body()).contains("Your profile is saved.").contains("Mira O.");
    assertThat(
            TestDatabase.count(
                "select count(*) from account a join followed_category f on f.account_id = a.id"
                    + " where a.email = ? and a.portfolio_url = 'https://mira.example'"
                    + " and f.category_code = 'packaging'",
                email))
        .isEqualTo(1);
    assertThat(
            TestDatabase.count(
                "select count(*) from followed_category f join account a on a.id = f.account_id where a.email = ?",
                email))
        .as("logo is no longer followed")
        .isEqualTo(1);
    TestDatabase.execute("delete from login_failure where throttle_key like 'address:%'");
  }

  @Test
  void aForgottenPasswordIsResetOnceThroughTheEmailedLink() throws Exception {
    browser.submit(
        "signup-company.xhtml",
        "company",
        Map.of(
            "companyName",
            "Kiln Studio",
            "displayName",
            "Ana",
            "email",
            email,
            "password",
            PASSWORD));

    HttpResponse<String> asked =
        browser.submit("forgot-password.xhtml", "forgot", Map.of("email", email));
    assertThat(asked.body()).contains("If this address has an account");
    Matcher link =
        RESET_TOKEN.matcher(
            String.valueOf(
                TestMail.awaitOne(email, "Choose a new designcontest password").getContent()));
    assertThat(link.find()).isTrue();
    String resetPage = "reset-password.xhtml?token=" + link.group(1);

    HttpResponse<String> weak =
        browser.submit(resetPage, "reset", Map.of("token", link.group(1), "password", "short"));
    assertThat(weak.body()).contains("The password needs at least 10 characters.");

    String newPassword = "a brand new passphrase";
    HttpResponse<String> changed =
        browser.submit(resetPage, "reset", Map.of("token", link.group(1), "password", newPassword));
    assertThat(changed.body()).contains("Your password is changed.");

    HttpResponse<String> again =
        browser.submit(
            resetPage,
            "reset",
            Map.of("token", link.group(1), "password", "yet another passphrase"));
    assertThat(again.body()).contains("This link has expired or was used already.");

    assertThat(new PageSession(new Http(deployment)).signIn(email, PASSWORD, false).body())
        .contains("The email address or the password is not right.");
    assertThat(new PageSession(new Http(deployment)).signIn(email, newPassword, false).body())
        .contains("You are signed in.");
    TestDatabase.execute("delete from login_failure where throttle_key like 'address:%'");
  }
}
