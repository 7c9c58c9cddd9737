package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.designcontest.it.support.ContestApi.bearer;
import static org.designcontest.it.support.ContestApi.expect;
import static org.designcontest.it.support.ContestApi.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.designcontest.it.support.Browser;
import org.designcontest.it.support.ContestApi;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.FailurePage;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.Images;
import org.designcontest.it.support.PageSession;
import org.designcontest.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The messages page in a real browser: a designer with an entry messages the company from the
 * contest page, sends text and a picture, sees them "Sent", then "Read" when the company reads
 * (through the API), and the company's replies arrive without a reload, with the unread counts in
 * the header and the notification centre.
 *
 * <p>Every wait is on a condition that finds its element again (by message id), never a sleep and
 * never an element read before the page changed.
 */
@ExtendWith(ArquillianExtension.class)
class ChatPageIT {

  private static final String PASSWORD = "correct horse battery";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private ContestApi api;
  private String company;
  private String title;
  private long contest;
  private String designerEmail;
  private String designerToken;

  @BeforeEach
  void aLaunchedContestWithAnEntry() {
    http = new Http(deployment);
    api = new ContestApi(http);
    company = bearer(TestDatabase.newCompanyStaff());
    long designer = TestDatabase.newDesigner();
    TestDatabase.setPassword(designer, PASSWORD);
    designerEmail = TestDatabase.text("select email from account where id = ?", designer);
    title = "Chat " + UUID.randomUUID().toString().substring(0, 8);
    contest = api.draft(company, title);
    expect(200, api.post("contests/" + contest + "/launch", company, null));
    designerToken = bearer(designer);
    api.submit(contest, designerToken, "Wave", 51);
  }

  @Test
  void aDesignerAndTheCompanyTalkLiveWithReadReceipts() throws Exception {
    ChromeDriver browser = Browser.open();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      signIn(browser, wait);

      // the contest page offers the entrant a conversation with the company
      browser.get(http.app("contest.xhtml?id=" + contest).toString());
      browser.findElement(By.id("messageCompany:submit")).click();
      wait.until(ExpectedConditions.urlContains("messages.xhtml?conversation="));
      long conversation =
          Long.parseLong(browser.getCurrentUrl().replaceFirst(".*[?&]conversation=(\\d+).*", "$1"));
      wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-live", "connected"));
      assertThat(
              browser
                  .findElement(
                      By.cssSelector(
                          "#conversations li[data-conversation-id='" + conversation + "']"))
                  .getText())
          .contains(title);
      assertThat(browser.findElement(By.cssSelector("label[for='message-body']")).getText())
          .isEqualTo("Your message");

      // text, over the live socket
      String text = "Here is the first idea, more at https://example.org/brief. <b>not bold</b>";
      browser.findElement(By.id("message-body")).sendKeys(text);
      browser.findElement(By.id("send")).click();
      long first = awaitMyMessage(browser, wait, 1);
      By firstMessage = message(first);
      wait.until(ExpectedConditions.textToBe(tick(first), "Sent"));
      WebElement link =
          browser.findElement(By.cssSelector(".message[data-message-id='" + first + "'] .text a"));
      assertThat(link.getAttribute("href")).isEqualTo("https://example.org/brief");
      assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer nofollow ugc");
      assertThat(link.getAttribute("target")).isEqualTo("_blank");
      assertThat(browser.findElements(By.cssSelector(".message .text b")))
          .as("text is text, never markup")
          .isEmpty();
      assertThat(browser.findElement(firstMessage).getText()).contains("<b>not bold</b>");

      // a picture, by the form (with a preview before it goes)
      Path picture = Files.createTempDirectory("chat").resolve("variant.png");
      Files.write(picture, Images.png(240, 160));
      browser.findElement(By.id("message-file")).sendKeys(picture.toString());
      wait.until(
          ExpectedConditions.attributeContains(
              By.cssSelector("#file-preview img"), "src", "data:image/png"));
      browser.findElement(By.id("message-body")).sendKeys("And a variant");
      browser.findElement(By.id("send")).click();
      long second = awaitMyMessage(browser, wait, 2);
      wait.until(ExpectedConditions.textToBe(tick(second), "Sent"));
      By thumbnail = By.cssSelector(".message[data-message-id='" + second + "'] a.attachment img");
      wait.until(ExpectedConditions.attributeToBe(thumbnail, "alt", "variant.png"));
      wait.until(
          d ->
              (Boolean)
                  browser.executeScript(
                      "var i = document.querySelector(arguments[0]);"
                          + " return !!i && i.complete && i.naturalWidth > 0;",
                      ".message[data-message-id='" + second + "'] a.attachment img"));
      assertThat(browser.findElements(By.cssSelector("#file-preview li"))).isEmpty();
      // a PDF, by the form again from the same page: a download link, no picture
      Path brief = picture.resolveSibling("brief.pdf");
      Files.write(
          brief,
          "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
              .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      browser.findElement(By.id("message-file")).sendKeys(brief.toString());
      wait.until(ExpectedConditions.textToBe(By.cssSelector("#file-preview li"), "brief.pdf"));
      browser.findElement(By.id("send")).click();
      long third = awaitMyMessage(browser, wait, 3);
      By pdf = By.cssSelector(".message[data-message-id='" + third + "'] a.attachment.file");
      wait.until(ExpectedConditions.attributeToBe(pdf, "download", "brief.pdf"));
      assertThat(
              browser.findElements(By.cssSelector(".message[data-message-id='" + third + "'] img")))
          .isEmpty();
      String src = browser.findElement(thumbnail).getAttribute("src");
      String file = src.substring(src.indexOf("attachment.xhtml"));
      long stranger = TestDatabase.newDesigner();
      TestDatabase.setPassword(stranger, PASSWORD);
      PageSession strangers = new PageSession(http);
      strangers.signIn(
          TestDatabase.text("select email from account where id = ?", stranger), PASSWORD, false);
      assertThat(strangers.get(file).statusCode())
          .as("another designer cannot fetch the file")
          .isEqualTo(404);

      // the company sees both unread, reads them through the API: the ticks turn without reload
      JsonObject companyList = json(api.get("conversations", company));
      JsonObject mine = find(companyList, conversation);
      assertThat(mine.getInt("unread")).isEqualTo(3);
      assertThat(mine.getString("contestTitle")).isEqualTo(title);
      expect(
          204,
          api.put("conversations/" + conversation + "/read", company, "{\"upTo\": " + third + "}"));
      wait.until(ExpectedConditions.textToBe(tick(first), "Read"));
      wait.until(ExpectedConditions.textToBe(tick(second), "Read"));
      wait.until(ExpectedConditions.textToBe(tick(third), "Read"));

      // a reply arrives live, and the page reads it (it is on screen)
      long reply =
          idOf(
              api.post(
                  "conversations/" + conversation + "/messages",
                  company,
                  "{\"body\": \"Thanks! <img src=x> We like the second one.\", \"clientKey\": \""
                      + UUID.randomUUID()
                      + "\"}"));
      wait.until(
          ExpectedConditions.textToBe(
              By.cssSelector(".message[data-message-id='" + reply + "'] .text"),
              "Thanks! <img src=x> We like the second one."));
      assertThat(browser.findElements(By.cssSelector(".message.theirs .tick"))).isEmpty();
      await()
          .alias("the designer's page marked the reply read")
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  json(api.get("conversations/" + conversation, company))
                      .getJsonNumber("otherReadUpTo")
                      .longValue(),
              upTo -> upTo == reply);
      wait.until(ExpectedConditions.textToBe(By.id("messages-unread"), "0"));
      Path shots = Path.of("..", "docs", "screenshots");
      Files.createDirectories(shots);
      Files.write(shots.resolve("messages.png"), browser.getScreenshotAs(OutputType.BYTES));
      browser.manage().window().setSize(new Dimension(390, 844)); // a phone
      wait.until(
          d ->
              (Boolean)
                  browser.executeScript("return document.documentElement.clientWidth <= 400;"));
      Files.write(shots.resolve("messages-phone.png"), browser.getScreenshotAs(OutputType.BYTES));
      browser.manage().window().setSize(new Dimension(1100, 820));

      // elsewhere on the site: the header counts live, the notification centre says so
      browser.get(http.app("notifications.xhtml").toString());
      wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-live", "connected"));
      assertThat(browser.findElements(By.id("messages-unread-note"))).isEmpty();
      long later =
          idOf(
              api.post(
                  "conversations/" + conversation + "/messages",
                  company,
                  "{\"body\": \"One more thing\", \"clientKey\": \"" + UUID.randomUUID() + "\"}"));
      wait.until(ExpectedConditions.textToBe(By.id("messages-unread"), "1"));
      browser.navigate().refresh();
      wait.until(ExpectedConditions.textToBe(By.id("messages-unread-note"), "1 unread message"));
      browser.findElement(By.id("messages-unread-note")).click();
      wait.until(ExpectedConditions.urlContains("messages.xhtml"));
      wait.until(
          ExpectedConditions.attributeToBe(
              By.cssSelector(
                  "#conversations li[data-conversation-id='" + conversation + "'] .badge"),
              "data-count",
              "1"));
      wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector(
                      "#conversations li[data-conversation-id='" + conversation + "'] a")))
          .click();
      wait.until(ExpectedConditions.presenceOfElementLocated(message(later)));
      wait.until(ExpectedConditions.textToBe(By.id("messages-unread"), "0"));
    } catch (RuntimeException | AssertionError failed) {
      FailurePage.keep(browser, "chat-page-failure");
      throw failed;
    } finally {
      browser.quit();
    }
  }

  @Test
  void olderMessagesLoadOnDemandAndWhatADroppedSocketMissedIsFetched() throws Exception {
    long conversation =
        json(api.post("conversations", designerToken, "{\"contestId\": " + contest + "}"))
            .getJsonNumber("id")
            .longValue();
    long oldest = 0;
    for (int i = 1; i <= 55; i++) {
      long id = idOf(say(conversation, "Note " + i));
      oldest = i == 1 ? id : oldest;
    }
    ChromeDriver browser = Browser.open();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      signIn(browser, wait);
      browser.get(http.app("messages.xhtml?conversation=" + conversation).toString());
      wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-live", "connected"));
      By all = By.cssSelector("#messages .message[data-message-id]");
      assertThat(browser.findElements(all)).hasSize(50);
      assertThat(browser.findElements(message(oldest))).isEmpty();

      // older ones, on demand, in front of the others; then there are none left to ask for
      browser.findElement(By.id("older")).sendKeys(org.openqa.selenium.Keys.ENTER);
      wait.until(ExpectedConditions.numberOfElementsToBe(all, 55));
      assertThat(
              browser.executeScript(
                  "return document.querySelector('#messages .message').dataset.messageId;"))
          .isEqualTo(String.valueOf(oldest));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("older")));

      // the socket drops and stays down: a message sent meanwhile goes by the form, and one
      // from the company is not heard
      browser.executeScript(
          "window.realWebSocket = window.WebSocket;"
              + " window.WebSocket = function () {"
              + "   window.heldSocket = { readyState: 0, send: function () {}, close: function () {} };"
              + "   return window.heldSocket; };"
              + " window.designcontestLive.socket.close();");
      wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-live", "disconnected"));
      wait.until(d -> browser.executeScript("return !!window.heldSocket;"));
      browser.findElement(By.id("message-body")).sendKeys("Sent while offline");
      browser.findElement(By.id("send")).click();
      long offline = awaitMyMessage(browser, wait, 1);
      assertThat(browser.findElement(message(offline)).getText()).contains("Sent while offline");
      long missed = idOf(say(conversation, "Said while you were away"));
      // the connection comes back: the page asks for what came after its last message
      browser.executeScript(
          "window.WebSocket = window.realWebSocket; window.heldSocket.onclose({ code: 1006 });");
      wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-live", "connected"));
      wait.until(
          ExpectedConditions.textToBe(
              By.cssSelector(".message[data-message-id='" + missed + "'] .text"),
              "Said while you were away"));
      await()
          .alias("the page marked what it caught up with read")
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  json(api.get("conversations/" + conversation, company))
                      .getJsonNumber("otherReadUpTo")
                      .longValue(),
              upTo -> upTo == missed);
    } catch (RuntimeException | AssertionError failed) {
      FailurePage.keep(browser, "chat-page-failure");
      throw failed;
    } finally {
      browser.quit();
    }
  }

  @Test
  void visitorsAreSentToSignIn() {
    HttpResponse<String> page = http.get(http.app("messages.xhtml"));
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login.xhtml");
  }

  private void signIn(ChromeDriver browser, WebDriverWait wait) {
    browser.manage().window().setSize(new Dimension(1100, 820));
    browser.get(http.app("login.xhtml").toString());
    browser.findElement(By.id("signIn:email")).sendKeys(designerEmail);
    browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
    browser.findElement(By.id("signIn:submit")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
  }

  /**
   * Waits for the page to show {@code count} messages of mine that the server stored (the one shown
   * while sending has no id yet) and answers the id of the last, read in the same script.
   */
  private static long awaitMyMessage(ChromeDriver browser, WebDriverWait wait, int count) {
    Object id =
        wait.until(
            d ->
                browser.executeScript(
                    "var mine = document.querySelectorAll('#messages .message.mine[data-message-id]');"
                        + " return mine.length === arguments[0]"
                        + " ? mine[mine.length - 1].dataset.messageId : null;",
                    count));
    return Long.parseLong(id.toString());
  }

  private static By message(long id) {
    return By.cssSelector("#messages .message[data-message-id='" + id + "']");
  }

  private static By tick(long id) {
    return By.cssSelector("#messages .message[data-message-id='" + id + "'] .tick");
  }

  private HttpResponse<String> say(long conversation, String text) {
    return api.post(
        "conversations/" + conversation + "/messages",
        company,
        "{\"body\": \"" + text + "\", \"clientKey\": \"" + UUID.randomUUID() + "\"}");
  }

  private static JsonObject find(JsonObject list, long conversation) {
    return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getJsonNumber("id").longValue() == conversation)
        .findFirst()
        .orElseThrow(() -> new AssertionError("conversation " + conversation + " not in " + list));
  }

  private static long idOf(HttpResponse<String> created) {
    return ContestApi.idOf(created);
  }
}
