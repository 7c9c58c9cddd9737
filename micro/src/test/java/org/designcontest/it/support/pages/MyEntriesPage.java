package org.designcontest.it.support.pages;

import java.nio.file.Path;
import java.util.List;
import org.designcontest.it.support.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code my-entries.xhtml}: the signed-in designer's entries across contests, one {@code
 * li[data-entry-id]} each, with standing, the company's stars and comments, withdrawing and
 * revisions.
 */
public final class MyEntriesPage {

  private final WebDriver driver;
  private final String app;
  private final WebDriverWait wait;

  public MyEntriesPage(WebDriver driver, Http http) {
    this.driver = driver;
    this.app = http.app("").toString();
    this.wait = PageWait.on(driver);
  }

  public MyEntriesPage open() {
    driver.get(app + "my-entries.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    return this;
  }

  /** The flash message(s) shown after an action. */
  public String flash() {
    List<WebElement> flash = driver.findElements(By.id("flash"));
    return flash.isEmpty() ? "" : flash.get(0).getText();
  }

  public boolean shows(long entry) {
    return !driver.findElements(entry(entry)).isEmpty();
  }

  public List<Long> entryIds() {
    return driver.findElements(By.cssSelector("li.my-entry")).stream()
        .map(li -> Long.parseLong(li.getAttribute("data-entry-id")))
        .toList();
  }

  public String title(long entry) {
    return part(entry, ".entry-title").getText();
  }

  /** live, eliminated, finalist, winner or withdrawn. */
  public String standing(long entry) {
    return part(entry, ".standing").getText();
  }

  public String contest(long entry) {
    return part(entry, "a.contest").getText();
  }

  public String rating(long entry) {
    return part(entry, "p.rating").getText();
  }

  /** The comments' texts, oldest first. */
  public List<String> comments(long entry) {
    return driver.findElement(entry(entry)).findElements(By.cssSelector(".comment .text")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The thumbnail's address. */
  public String thumbnail(long entry) {
    return part(entry, "img.thumb").getAttribute("src");
  }

  /** Waits until the thumbnail has loaded (the image page answered with an image). */
  public boolean thumbnailLoaded(long entry) {
    return wait.until(
        d ->
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "var i = document.querySelector(arguments[0]);"
                            + " return !!i && i.complete && i.naturalWidth > 0;",
                        "li[data-entry-id='" + entry + "'] img.thumb"));
  }

  public boolean canWithdraw(long entry) {
    return !driver
        .findElement(entry(entry))
        .findElements(By.cssSelector("input[id$=':actions:withdraw']"))
        .isEmpty();
  }

  /** Withdraw…, then "Yes, withdraw it"; waits for the page after it. */
  public MyEntriesPage withdraw(long entry) {
    driver
        .findElement(entry(entry))
        .findElement(By.cssSelector("input[id$=':actions:withdraw']"))
        .click();
    By confirm = By.cssSelector("li[data-entry-id='" + entry + "'] input[id$=':confirmWithdraw']");
    wait.until(ExpectedConditions.elementToBeClickable(confirm)).click();
    wait.until(
        ExpectedConditions.textToBe(By.cssSelector(entryCss(entry) + " .standing"), "withdrawn"));
    return this;
  }

  public boolean canRevise(long entry) {
    return !driver
        .findElement(entry(entry))
        .findElements(By.cssSelector("input[type=file][id$=':revise:revisionFile']"))
        .isEmpty();
  }

  /** Chooses the revised image and notes and uploads them; waits for the numbered revision. */
  public MyEntriesPage uploadRevision(long entry, Path image, String notes, int expectedNumber) {
    WebElement row = driver.findElement(entry(entry));
    row.findElement(By.cssSelector("input[type=file][id$=':revise:revisionFile']"))
        .sendKeys(image.toAbsolutePath().toString());
    wait.until(
        ExpectedConditions.attributeContains(
            By.cssSelector(entryCss(entry) + " .revise-form .upload-preview-image"),
            "src",
            "data:image/"));
    row = driver.findElement(entry(entry));
    row.findElement(By.cssSelector("textarea[id$=':revise:revisionNotes']")).sendKeys(notes);
    row.findElement(By.cssSelector("input[id$=':revise:upload']")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(
                entryCss(entry) + " li.revision[data-revision='" + expectedNumber + "']")));
    return this;
  }

  /** The revisions' numbers as the page lists them. */
  public List<Integer> revisions(long entry) {
    return driver.findElement(entry(entry)).findElements(By.cssSelector("li.revision")).stream()
        .map(li -> Integer.parseInt(li.getAttribute("data-revision")))
        .toList();
  }

  private WebElement part(long entry, String css) {
    return driver.findElement(By.cssSelector(entryCss(entry) + " " + css));
  }

  private static String entryCss(long entry) {
    return "li[data-entry-id='" + entry + "']";
  }

  private static By entry(long entry) {
    return By.cssSelector(entryCss(entry));
  }
}
