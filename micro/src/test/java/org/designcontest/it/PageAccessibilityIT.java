package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.designcontest.it.support.Accessibility;
import org.designcontest.it.support.Browser;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.TestDatabase;
import org.designcontest.it.support.pages.SignInPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The accessibility bar (axe-core, WCAG 2.1 A/AA, no serious or critical violation) on the pages
 * that no journey test walks through: the account pages, settings, the notification centre, the
 * messages page and the administrators' newsletter pages, each as the person who uses it. The
 * contest journey's pages are checked by their own browser tests.
 */
@ExtendWith(ArquillianExtension.class)
class PageAccessibilityIT {

  private static final String PASSWORD = "correct horse battery";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  @Test
  void pagesForVisitors() {
    Http http = new Http(deployment);
    ChromeDriver browser = Browser.open();
    try {
      for (String page :
          List.of(
              "login.xhtml",
              "signup.xhtml",
              "signup-company.xhtml",
              "forgot-password.xhtml",
              "reset-password.xhtml?token=not-a-token",
              "verify-email.xhtml?token=not-a-token",
              "join.xhtml?token=not-a-token",
              "unsubscribe.xhtml?token=not-a-token")) {
        browser.get(http.app(page).toString());
        assertThat(browser.findElements(By.tagName("h1"))).as("%s has a heading", page).hasSize(1);
        Accessibility.assertNoSeriousViolations(browser, page);
      }
    } finally {
      browser.quit();
    }
  }

  @Test
  void pagesForADesigner() {
    checkSignedIn(
        TestDatabase.newDesigner(),
        "account.xhtml",
        "tokens.xhtml",
        "notifications.xhtml",
        "notification-settings.xhtml",
        "newsletter-settings.xhtml",
        "messages.xhtml");
  }

  @Test
  void pagesForCompanyStaffAndAdministrators() {
    checkSignedIn(TestDatabase.newCompanyStaff(), "account.xhtml", "tokens.xhtml");
    checkSignedIn(TestDatabase.newAccount("ADMIN"), "newsletters.xhtml");
  }

  private void checkSignedIn(long account, String... pages) {
    TestDatabase.setPassword(account, PASSWORD);
    String email = TestDatabase.text("select email from account where id = ?", account);
    Http http = new Http(deployment);
    ChromeDriver browser = Browser.open();
    try {
      new SignInPage(browser, http).signIn(email, PASSWORD);
      for (String page : pages) {
        browser.get(http.app(page).toString());
        assertThat(browser.getCurrentUrl()).as("%s opened", page).contains(page);
        Accessibility.assertNoSeriousViolations(browser, page);
      }
    } finally {
      browser.quit();
    }
  }
}
