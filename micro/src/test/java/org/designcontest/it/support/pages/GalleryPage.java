package org.designcontest.it.support.pages;

import java.util.List;
import org.designcontest.it.support.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The company's gallery of a contest ({@code gallery.xhtml}), its large view of one entry ({@code
 * gallery-entry.xhtml}) and its compare view ({@code gallery-compare.xhtml}), as a person uses them
 * in the browser. Independent of any test's setup: give it a signed-in browser and the app's URL.
 * Every method waits for the page it leads to; none sleeps.
 */
public final class GalleryPage {

  private final WebDriver browser;
  private final String app;
  private final WebDriverWait wait;

  public GalleryPage(WebDriver browser, Http http) {
    this.browser = browser;
    this.app = http.app("").toString();
    this.wait = PageWait.on(browser);
  }

  // ---- the grid

  /** Opens the gallery with a filter ("all", "live", "eliminated", "finalists"). */
  public GalleryPage open(long contest, String filter) {
    browser.get(url("gallery.xhtml?contest=" + contest + "&filter=" + filter));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pager")));
    return this;
  }

  public GalleryPage open(long contest) {
    return open(contest, "all");
  }

  /** The entry ids of the cards shown, in order. */
  public List<Long> cards() {
    return browser.findElements(By.cssSelector("#gallery-cards li.card")).stream()
        .map(card -> Long.valueOf(card.getAttribute("data-entry-id")))
        .toList();
  }

  public WebElement card(long entry) {
    return browser.findElement(By.cssSelector("#gallery-cards li[data-entry-id='" + entry + "']"));
  }

  /** The pseudonym on the card ("Designer 2"). */
  public String designerOf(long entry) {
    return card(entry).findElement(By.className("card-designer")).getText();
  }

  /** The stars shown on the card, or null when it says "Not rated". */
  public Integer starsOf(long entry) {
    String rating = card(entry).findElement(By.className("card-stars")).getAttribute("data-rating");
    return rating == null || rating.isBlank() ? null : Integer.valueOf(rating);
  }

  public WebElement thumbnail(long entry) {
    return card(entry).findElement(By.cssSelector(".card-image img"));
  }

  /** Waits until every thumbnail in the viewport has loaded. */
  public void awaitVisibleThumbnails() {
    wait.until(
        d ->
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript(
                        "return Array.from(document.querySelectorAll('#gallery-cards img'))"
                            + ".filter(function (i) { return i.getBoundingClientRect().top"
                            + " < window.innerHeight; })"
                            + ".every(function (i) { return i.complete && i.naturalWidth > 0; });"));
  }

  public GalleryPage tick(long... entries) {
    for (long entry : entries) {
      WebElement box = card(entry).findElement(By.cssSelector(".card-pick input[type=checkbox]"));
      if (!box.isSelected()) {
        box.click();
      }
    }
    return this;
  }

  /** Compares the ticked entries; waits for the compare view (or the refusal). */
  public void compare() {
    WebElement button = browser.findElement(By.id("grid:compare"));
    button.click();
    awaitReplaced(button);
    wait.until(d -> !d.findElements(By.id("compare-grid")).isEmpty() || !refusal().isBlank());
  }

  /** Proposes the ticked entries' designers as finalists: the confirmation appears. */
  public List<String> proposeFinalists() {
    browser.findElement(By.id("grid:proposeFinalists")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pending-finalists")));
    return browser.findElements(By.cssSelector("#pending-finalists li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Confirms the finalists; waits for the next page (the finalists' gallery, or the refusal). */
  public void confirmFinalists() {
    WebElement button = browser.findElement(By.id("grid:confirm"));
    button.click();
    awaitReplaced(button);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pager")));
  }

  /** The refusal shown by the grid's actions, or "" if none. */
  public String refusal() {
    List<WebElement> refusal = browser.findElements(By.cssSelector("[id='grid:refusal']"));
    return refusal.isEmpty() ? "" : refusal.get(0).getText();
  }

  /** The flash messages at the top of the page. */
  public String flash() {
    List<WebElement> flash = browser.findElements(By.id("flash"));
    return flash.isEmpty() ? "" : flash.get(0).getText();
  }

  // ---- the large view

  /** Opens an entry's large view by its card. */
  public GalleryPage openEntry(long entry) {
    card(entry).findElement(By.cssSelector("a.card-image")).click();
    return awaitEntry(entry);
  }

  public GalleryPage openEntryDirectly(long entry) {
    browser.get(url("gallery-entry.xhtml?id=" + entry));
    return awaitEntry(entry);
  }

  public GalleryPage awaitEntry(long entry) {
    wait.until(
        ExpectedConditions.attributeToBe(
            By.id("entry-view"), "data-entry-id", String.valueOf(entry)));
    return this;
  }

  public long shownEntry() {
    return Long.parseLong(browser.findElement(By.id("entry-view")).getAttribute("data-entry-id"));
  }

  /** Presses a key on the page (not in a field): Escape, ArrowLeft, ArrowRight. */
  public void press(Keys key) {
    String before = browser.getCurrentUrl();
    // keys typed into a field (the rating's own arrows) are the field's: press them on the page
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("if (document.activeElement) { document.activeElement.blur(); }");
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(key).perform();
    wait.until(d -> !d.getCurrentUrl().equals(before));
  }

  /** Clicks the nth star of the entry's rating widget; waits for the service's answer. */
  public String rate(int stars) {
    browser
        .findElements(By.cssSelector("[id='rating:stars'] .ui-rating-star"))
        .get(stars - 1)
        .click();
    return wait.until(
        d -> {
          List<WebElement> message =
              d.findElements(By.cssSelector("[id='rating:ratingStatus'] span"));
          return message.isEmpty() || message.get(0).getText().isBlank()
              ? null
              : message.get(0).getText();
        });
  }

  public List<String> comments() {
    return browser.findElements(By.cssSelector("#comments .comment-body")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Adds a comment; waits for the page after it (the comment listed, or the field's refusal). */
  public void comment(String text) {
    WebElement field = browser.findElement(By.id("comment:text"));
    field.clear();
    field.sendKeys(text);
    WebElement button = browser.findElement(By.id("comment:submit"));
    button.click();
    awaitReplaced(button);
  }

  /** The message next to a field ("comment:text", "verdict:reason"), or "". */
  public String fieldMessage(String clientId) {
    List<WebElement> message = browser.findElements(By.id(clientId + "Message"));
    return message.isEmpty() ? "" : message.get(0).getText();
  }

  public void eliminate(String reason) {
    WebElement field = browser.findElement(By.id("verdict:reason"));
    field.clear();
    field.sendKeys(reason);
    WebElement button = browser.findElement(By.id("verdict:eliminate"));
    button.click();
    awaitReplaced(button);
  }

  public void restore() {
    WebElement button = browser.findElement(By.id("verdict:restore"));
    button.click();
    awaitReplaced(button);
  }

  /** The revision numbers shown in the large view. */
  public List<Integer> revisions() {
    return browser.findElements(By.cssSelector("#revision-list li.revision")).stream()
        .map(li -> Integer.valueOf(li.getAttribute("data-revision")))
        .toList();
  }

  public String rateRevision(int number, int stars) {
    browser
        .findElements(
            By.cssSelector("#revision-list li[data-revision='" + number + "'] .ui-rating-star"))
        .get(stars - 1)
        .click();
    return wait.until(
        d -> {
          List<WebElement> message = d.findElements(By.cssSelector("[id='revisions:status'] span"));
          return message.isEmpty() || message.get(0).getText().isBlank()
              ? null
              : message.get(0).getText();
        });
  }

  /** "Message this designer": waits for the conversation's page and answers its URL. */
  public String messageDesigner() {
    browser.findElement(By.id("talk:message")).click();
    wait.until(ExpectedConditions.urlContains("messages.xhtml?conversation="));
    return browser.getCurrentUrl();
  }

  /** Chooses the shown entry as the winner and confirms; waits for the page after it. */
  public void pickWinner() {
    browser.findElement(By.id("winner:pick")).click();
    WebElement confirm =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("winner:confirm")));
    confirm.click();
    awaitReplaced(confirm);
  }

  /** The refusal of the winner pick, or "". */
  public String winnerRefusal() {
    List<WebElement> refusal = browser.findElements(By.id("winner:pickMessage"));
    return refusal.isEmpty() ? "" : refusal.get(0).getText();
  }

  // ---- the compare view

  /** The entry ids side by side in the compare view. */
  public List<Long> compared() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare-grid")));
    return browser.findElements(By.cssSelector("#compare-grid li.compare-item")).stream()
        .map(item -> Long.valueOf(item.getAttribute("data-entry-id")))
        .toList();
  }

  /**
   * Waits until the element's page was replaced by the next one (a form's post). Chromium may
   * answer "does not belong to the document" instead of "stale" while it swaps the documents: gone
   * too.
   */
  private void awaitReplaced(WebElement element) {
    wait.until(
        d -> {
          try {
            element.isEnabled();
            return false;
          } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
          } catch (org.openqa.selenium.WebDriverException swapping) {
            return String.valueOf(swapping.getMessage())
                .contains("does not belong to the document");
          }
        });
  }

  private String url(String page) {
    return app + page;
  }
}
