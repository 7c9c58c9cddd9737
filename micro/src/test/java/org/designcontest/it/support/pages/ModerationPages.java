package org.designcontest.it.support.pages;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The moderators' pages in a browser: accounts (search, suspend, restore), contests (search,
 * cancel, award by hand) and a contest's history. Each method waits for what it did to show; none
 * knows how a test set its data up. {@code app} is the deployment's root ({@code
 * http://host:port/context/}).
 */
public final class ModerationPages {

  private ModerationPages() {}

  /** Signs in through the sign-in page and waits to leave it. */
  public static void signIn(WebDriver driver, URI app, String email, String password) {
    driver.get(app.resolve("login.xhtml").toString());
    driver.findElement(By.id("signIn:email")).sendKeys(email);
    driver.findElement(By.id("signIn:password")).sendKeys(password);
    driver.findElement(By.id("signIn:submit")).click();
    waiting(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
  }

  /** Tries to sign in and stays on the sign-in page: the error it shows. */
  public static String refusedSignIn(WebDriver driver, URI app, String email, String password) {
    driver.get(app.resolve("login.xhtml").toString());
    driver.findElement(By.id("signIn:email")).sendKeys(email);
    driver.findElement(By.id("signIn:password")).sendKeys(password);
    driver.findElement(By.id("signIn:submit")).click();
    waiting(driver)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signIn .field-error")));
    return driver.findElement(By.id("signIn")).getText();
  }

  /** The page's one h1. */
  public static String heading(WebDriver driver) {
    List<WebElement> h1 = driver.findElements(By.tagName("h1"));
    if (h1.size() != 1) {
      throw new AssertionError("expected one h1, found " + h1.size() + " on " + driver.getTitle());
    }
    return h1.get(0).getText();
  }

  /** The flash message after an action, once it shows. */
  public static String flash(WebDriver driver) {
    waiting(driver)
        .until(
            d ->
                d.findElements(By.id("flash")).stream()
                    .anyMatch(flash -> !flash.getText().isBlank()));
    return driver.findElement(By.id("flash")).getText();
  }

  public static WebDriverWait waiting(WebDriver driver) {
    return PageWait.on(driver);
  }

  /** Clicks and waits for the next page to replace this one (a full post or a link). */
  static void clickAndWaitForLoad(WebDriver driver, WebElement element) {
    element.click();
    waiting(driver).until(ExpectedConditions.stalenessOf(element));
  }

  /** {@code moderation-accounts.xhtml}. */
  public static final class Accounts {

    private final WebDriver driver;

    private Accounts(WebDriver driver) {
      this.driver = driver;
    }

    public static Accounts open(WebDriver driver, URI app) {
      driver.get(app.resolve("moderation-accounts.xhtml").toString());
      return new Accounts(driver);
    }

    public Accounts search(String text, boolean suspendedOnly) {
      WebElement q = driver.findElement(By.id("search:q"));
      q.clear();
      q.sendKeys(text);
      WebElement only = driver.findElement(By.id("search:suspendedOnly"));
      if (only.isSelected() != suspendedOnly) {
        only.click();
      }
      clickAndWaitForLoad(driver, driver.findElement(By.id("search:submit")));
      return this;
    }

    /** The emails listed, in order. */
    public List<String> emails() {
      return driver.findElements(By.cssSelector("#accounts\\:table .email")).stream()
          .map(WebElement::getText)
          .toList();
    }

    public WebElement row(String email) {
      return driver.findElement(
          By.xpath(
              "//*[@id='accounts:table']//tr[.//*[contains(@class,'email') and text()='"
                  + email
                  + "']]"));
    }

    /** "Active" or "Suspended since …". */
    public String status(String email) {
      return row(email).findElement(By.cssSelector(".status")).getText();
    }

    /** The first step: the page asks to confirm; returns the question. */
    public String askSuspend(String email) {
      return ask(email, "suspend");
    }

    public String askRestore(String email) {
      return ask(email, "restore");
    }

    private String ask(String email, String action) {
      clickAndWaitForLoad(
          driver, row(email).findElement(By.cssSelector("button[id$=':" + action + "']")));
      return driver.findElement(By.id("confirm-title")).getText();
    }

    /** The second step: yes. */
    public Accounts confirm() {
      clickAndWaitForLoad(driver, driver.findElement(By.id("confirm:yes")));
      return this;
    }

    public Accounts dismiss() {
      clickAndWaitForLoad(driver, driver.findElement(By.id("confirm:no")));
      return this;
    }

    /** What the services refused, as the page shows it. */
    public String refusal() {
      return driver.findElement(By.id("refusal")).getText();
    }
  }

  /** {@code moderation-contests.xhtml}. */
  public static final class Contests {

    private final WebDriver driver;

    private Contests(WebDriver driver) {
      this.driver = driver;
    }

    public static Contests open(WebDriver driver, URI app) {
      driver.get(app.resolve("moderation-contests.xhtml").toString());
      return new Contests(driver);
    }

    /** Searches by title text and a stage ({@code OPEN}…; null for any). */
    public Contests search(String title, String stage) {
      WebElement q = driver.findElement(By.id("search:q"));
      q.clear();
      q.sendKeys(title);
      new Select(driver.findElement(By.id("search:stage")))
          .selectByValue(stage == null ? "" : stage);
      clickAndWaitForLoad(driver, driver.findElement(By.id("search:submit")));
      return this;
    }

    public WebElement row(String title) {
      return driver.findElement(
          By.xpath("//*[@id='contests:table']//tr[.//a[text()='" + title + "']]"));
    }

    /** The stage in words ("Open for entries"). */
    public String stage(String title) {
      return row(title).findElement(By.cssSelector(".stage")).getText();
    }

    public String deadline(String title) {
      return row(title).findElements(By.tagName("td")).get(2).getText();
    }

    /** Cancel, first step; returns the question. */
    public String askCancel(String title) {
      clickAndWaitForLoad(driver, row(title).findElement(By.cssSelector("button[id$=':cancel']")));
      return driver.findElement(By.id("cancel-title")).getText();
    }

    public Contests confirmCancel() {
      clickAndWaitForLoad(driver, driver.findElement(By.id("cancel:yes")));
      return this;
    }

    public void openHistory(String title) {
      clickAndWaitForLoad(driver, row(title).findElement(By.linkText("History")));
    }

    /** Opens the award step of a contest whose winner is being chosen. */
    public Contests startAward(String title) {
      clickAndWaitForLoad(driver, row(title).findElement(By.linkText("Award manually")));
      waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("award-title")));
      return this;
    }

    /** The pseudonyms' captions under the thumbnails. */
    public List<String> awardCaptions() {
      return driver.findElements(By.cssSelector(".award-entries figcaption")).stream()
          .map(WebElement::getText)
          .toList();
    }

    /** The thumbnails, loaded (naturalWidth > 0). */
    public boolean thumbnailsLoaded() {
      List<WebElement> images = driver.findElements(By.cssSelector(".award-entries img"));
      return !images.isEmpty()
          && images.stream()
              .allMatch(
                  img ->
                      Boolean.TRUE.equals(
                          ((org.openqa.selenium.JavascriptExecutor) driver)
                              .executeScript(
                                  "return arguments[0].complete && arguments[0].naturalWidth > 0;",
                                  img)));
    }

    /** Chooses the entry whose label starts with the pseudonym ("Designer 1"). */
    public Contests choose(String pseudonym) {
      driver
          .findElement(
              By.xpath(
                  "//*[@id='award:entry']//label[starts-with(normalize-space(.), '"
                      + pseudonym
                      + ":')]"))
          .click();
      return this;
    }

    public Contests reason(String reason) {
      WebElement field = driver.findElement(By.id("award:reason"));
      field.clear();
      field.sendKeys(reason);
      return this;
    }

    /** Award, first step (the question shows); then {@link #confirmAward()}. */
    public String review() {
      clickAndWaitForLoad(driver, driver.findElement(By.id("award:review")));
      return driver.findElement(By.id("award:confirmAward")).getText();
    }

    public Contests confirmAward() {
      clickAndWaitForLoad(driver, driver.findElement(By.id("award:yes")));
      return this;
    }

    /** The message next to the reason field (empty if none). */
    public String reasonMessage() {
      return driver.findElements(By.id("award:reasonMessage")).stream()
          .map(WebElement::getText)
          .findFirst()
          .orElse("");
    }

    public boolean awarding() {
      return !driver.findElements(By.id("award-title")).isEmpty();
    }
  }

  /** {@code contest-history.xhtml?contest=ID}. */
  public static final class History {

    private final WebDriver driver;
    private final URI app;
    private final long contest;

    private History(WebDriver driver, URI app, long contest) {
      this.driver = driver;
      this.app = app;
      this.contest = contest;
    }

    public static History open(WebDriver driver, URI app, long contest) {
      History history = new History(driver, app, contest);
      history.reload();
      return history;
    }

    private void reload() {
      driver.get(app.resolve("contest-history.xhtml?contest=" + contest).toString());
    }

    /** Each event's row as text: when, what, who, details. */
    public List<String> lines() {
      return driver.findElements(By.cssSelector("table.history tr.event")).stream()
          .map(WebElement::getText)
          .toList();
    }

    /**
     * Reloads until a line holds the text (the history is written from the event, just after the
     * action's commit); returns that line.
     */
    public String awaitLine(String text) {
      waiting(driver)
          .pollingEvery(Duration.ofMillis(500))
          .until(
              d -> {
                if (lines().stream().anyMatch(line -> line.contains(text))) {
                  return true;
                }
                reload();
                return false;
              });
      return lines().stream().filter(line -> line.contains(text)).findFirst().orElseThrow();
    }

    public String stage() {
      return driver.findElement(By.id("stage")).getText();
    }
  }
}
