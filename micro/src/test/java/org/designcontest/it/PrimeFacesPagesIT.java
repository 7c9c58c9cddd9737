package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designcontest.it.support.Accessibility;
import org.designcontest.it.support.Browser;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * PrimeFaces under the strict Content-Security-Policy: one policy per response, a nonce on the
 * page's scripts, and a page of PrimeFaces components that works in a real browser (widgets, ajax)
 * without one CSP violation in its console.
 */
@ExtendWith(ArquillianExtension.class)
class PrimeFacesPagesIT {

  private static final String PASSWORD = "correct horse battery";
  private static final String CSP = "Content-Security-Policy";
  private static final Pattern SCRIPT_NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;

  @BeforeEach
  void setUp() {
    http = new Http(deployment);
  }

  @Test
  void everyResponseHasOnePolicyAndAPageItsNonce() {
    HttpResponse<String> page = http.get(http.app("login.xhtml"));
    List<String> policies = page.headers().allValues(CSP);
    assertThat(policies).as("one policy: two would both be enforced").hasSize(1);
    Matcher nonce = SCRIPT_NONCE.matcher(page.body());
    assertThat(nonce.find()).as("the page's scripts carry a nonce").isTrue();
    assertThat(policies.get(0))
        .contains("script-src 'self' 'nonce-" + nonce.group(1) + "'")
        .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
        .contains("form-action 'self'", "base-uri 'self'")
        .contains("style-src 'self';")
        .doesNotContain("unsafe-eval")
        .doesNotContain("script-src 'self' 'unsafe-inline'");
    assertThat(page.body()).doesNotContainPattern("<[^>]+ on[a-z]+=\"");

    assertThat(SCRIPT_NONCE.matcher(http.get(http.app("login.xhtml")).body()).results())
        .as("a new nonce for every page view")
        .noneMatch(other -> other.group(1).equals(nonce.group(1)));

    for (String other :
        List.of(
            "no-such-page.xhtml", // the error page, rendered by Faces on an ERROR dispatch
            "jakarta.faces.resource/core.js.xhtml?ln=primefaces",
            "api/contests/1")) {
      HttpResponse<String> response = http.get(http.app(other));
      assertThat(response.headers().allValues(CSP)).as(other).hasSize(1);
      assertThat(scriptSrc(response.headers().firstValue(CSP).orElseThrow()))
          .as(other)
          .startsWith("script-src 'self'")
          .doesNotContain("unsafe");
    }
    assertThat(http.get(http.app("api/contests/1")).headers().firstValue(CSP))
        .as("what is not a page allows no inline style either")
        .hasValueSatisfying(policy -> assertThat(policy).doesNotContain("unsafe"));
  }

  @Test
  void theNotificationSettingsPageWorksWithoutACspViolation() throws Exception {
    long me = TestDatabase.newDesigner();
    TestDatabase.setPassword(me, PASSWORD);
    String email = TestDatabase.text("select email from account where id = ?", me);

    ChromeDriver browser = Browser.open();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      browser.get(http.app("login.xhtml").toString());
      Accessibility.assertNoSeriousViolations(browser, "the sign-in page");
      // a plain Faces form: PrimeFaces' script gave it the nonce, so the refused sign-in renders
      browser.findElement(By.id("signIn:email")).sendKeys(email);
      browser.findElement(By.id("signIn:password")).sendKeys("not the password");
      browser.findElement(By.id("signIn:submit")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("main"), "The email address or the password is not right."));
      browser.findElement(By.id("signIn:email")).clear();
      browser.findElement(By.id("signIn:email")).sendKeys(email);
      browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
      browser.findElement(By.id("signIn:submit")).click();
      wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));

      browser.get(http.app("notification-settings.xhtml").toString());
      WebElement menu = browser.findElement(By.id("settings:kinds:0:delivery"));
      assertThat(menu.getAttribute("class")).contains("ui-selectonemenu");
      WebElement save = browser.findElement(By.id("settings:submit"));
      assertThat(save.getAttribute("class")).contains("ui-button");
      assertThat(save.getAttribute("onclick"))
          .as("the ajax handler was moved into a nonce'd script")
          .isNull();

      // the widget: open the menu, wait for its opening animation to end, choose
      menu.click();
      wait.until(
          ExpectedConditions.visibilityOfElementLocated(
              By.cssSelector(
                  "#settings\\:kinds\\:0\\:delivery_panel.ui-connected-overlay-enter-done")));
      browser
          .findElement(
              By.cssSelector(
                  "#settings\\:kinds\\:0\\:delivery_panel li[data-label='Only in the app']"))
          .click();
      wait.until(
          ExpectedConditions.textToBe(By.id("settings:kinds:0:delivery_label"), "Only in the app"));

      // ajax: a refusal shows next to its field, the page is not reloaded
      browser.executeScript("window.sameDocument = true;");
      WebElement hour = browser.findElement(By.id("settings:digestHour"));
      hour.clear();
      hour.sendKeys("25");
      save.click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("settings:digestHourMessage"), "The digest hour is 0 to 23."));
      assertThat(browser.executeScript("return window.sameDocument === true;"))
          .as("the refusal came by ajax")
          .isEqualTo(true);
      assertThat(
              browser
                  .findElement(By.id("settings:kinds:0:delivery_input"))
                  .findElement(By.cssSelector("option:checked"))
                  .getAttribute("value"))
          .as("the choice survives the ajax update")
          .isEqualTo("NEVER");
      assertThat(
              TestDatabase.count(
                  "select count(*) from notification_digest where account_id = ?", me))
          .as("nothing saved")
          .isZero();

      // ajax again (the updated form kept its nonce): saved, and the redirect shows the flash
      hour = browser.findElement(By.id("settings:digestHour"));
      hour.clear();
      hour.sendKeys("7");
      WebElement zone = browser.findElement(By.id("settings:timeZone"));
      zone.clear();
      zone.sendKeys("Asia/Tokyo");
      browser.findElement(By.id("settings:submit")).click();
      wait.until(
          ExpectedConditions.textToBe(By.id("flash"), "Your notification settings are saved."));
      assertThat(
              TestDatabase.count(
                  "select count(*) from notification_digest where account_id = ? and hour = 7"
                      + " and time_zone = 'Asia/Tokyo'",
                  me))
          .isEqualTo(1);
      assertThat(
              TestDatabase.count(
                  "select count(*) from notification_preference where account_id = ?"
                      + " and kind = 'CONTEST_STAGES' and delivery = 'NEVER'",
                  me))
          .isEqualTo(1);
      assertThat(browser.findElement(By.id("settings:kinds:0:delivery_label")).getText())
          .isEqualTo("Only in the app");

      Accessibility.assertNoSeriousViolations(browser, "the notification settings page");
      Path shots = Path.of("target", "screenshots");
      Files.createDirectories(shots);
      Files.write(
          shots.resolve("notification-settings-primefaces.png"),
          browser.getScreenshotAs(OutputType.BYTES));

      List<String> console = messages(browser);
      assertThat(console)
          .as("the console of sign-in, the refusal, the widget and both ajax requests")
          .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Content-Security"))
          .noneMatch(m -> m.contains("Uncaught"));

      // the control: an inline script without the nonce is refused, and the console says so
      browser.executeScript(
          "var s = document.createElement('script');"
              + " s.textContent = 'window.injected = true;'; document.body.appendChild(s);");
      assertThat(browser.executeScript("return window.injected === true;")).isEqualTo(false);
      assertThat(messages(browser)).anyMatch(m -> m.contains("Content Security Policy"));
    } catch (RuntimeException | AssertionError e) {
      Path shots = Path.of("target", "screenshots");
      Files.createDirectories(shots);
      Files.writeString(shots.resolve("primefaces-failure.html"), browser.getPageSource());
      Files.write(
          shots.resolve("primefaces-failure.png"), browser.getScreenshotAs(OutputType.BYTES));
      throw e;
    } finally {
      browser.quit();
      TestDatabase.execute("delete from login_failure where throttle_key like 'address:%'");
    }
  }

  private static String scriptSrc(String policy) {
    return Pattern.compile(";\\s*")
        .splitAsStream(policy)
        .filter(directive -> directive.startsWith("script-src"))
        .findFirst()
        .orElseThrow();
  }

  /** What the browser's console said since the last call. */
  private static List<String> messages(ChromeDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .toList();
  }
}
