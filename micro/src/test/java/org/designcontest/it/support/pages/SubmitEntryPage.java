package org.designcontest.it.support.pages;

import java.nio.file.Path;
import org.designcontest.it.support.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code submit-entry.xhtml?contest=…}: a designer's entry (title, notes, image with a preview) for
 * one contest. The fields' messages are {@code entry:<field>Message} (title, notes, file, submit).
 */
public final class SubmitEntryPage {

  private final WebDriver driver;
  private final Http http;
  private final String app;
  private final WebDriverWait wait;

  /**
   * @param app the application's address, ending with a slash (pages are resolved against it)
   */
  public SubmitEntryPage(WebDriver driver, Http http) {
    this.driver = driver;
    this.http = http;
    this.app = http.app("").toString();
    this.wait = PageWait.on(driver);
  }

  public SubmitEntryPage open(long contest) {
    driver.get(app + "submit-entry.xhtml?contest=" + contest);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    return this;
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public boolean hasForm() {
    return !driver.findElements(By.id("entry:file")).isEmpty();
  }

  public SubmitEntryPage title(String title) {
    driver.findElement(By.id("entry:title")).clear();
    driver.findElement(By.id("entry:title")).sendKeys(title);
    return this;
  }

  public SubmitEntryPage notes(String notes) {
    driver.findElement(By.id("entry:notes")).clear();
    driver.findElement(By.id("entry:notes")).sendKeys(notes);
    return this;
  }

  /** Chooses the file in the file input (as a person picks it in the dialog). */
  public SubmitEntryPage choose(Path file) {
    driver.findElement(By.id("entry:file")).sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  /** Waits for the preview of the chosen image; answers its src (a data: URL). */
  public String awaitPreview() {
    By preview = By.id("entry-preview");
    wait.until(ExpectedConditions.attributeContains(preview, "src", "data:image/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(preview));
    return driver.findElement(preview).getAttribute("src");
  }

  /** Presses the button; the page goes to "my entries" on success. */
  public void submit() {
    driver.findElement(By.id("entry:submit")).click();
  }

  /** Submits and waits for "my entries". */
  public MyEntriesPage submitAndLand() {
    submit();
    wait.until(ExpectedConditions.urlContains("my-entries.xhtml"));
    return new MyEntriesPage(driver, http);
  }

  /** Waits for a refusal next to the field (title, notes, file or submit) and answers it. */
  public String awaitMessage(String field) {
    By message = By.id("entry:" + field + "Message");
    wait.until(ExpectedConditions.textMatches(message, java.util.regex.Pattern.compile("\\S")));
    return driver.findElement(message).getText();
  }

  public String liveEntriesNote() {
    return driver.findElement(By.id("entry-count")).getText();
  }
}
