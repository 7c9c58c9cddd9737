package org.designcontest.it.support.pages;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.designcontest.it.support.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The handover page ({@code handover.xhtml?contest=…}) as the winner or the company uses it. The
 * caller is signed in already; {@code app} is the application's base address ending with a slash.
 */
public final class HandoverPage {

  private static final By FILES = By.cssSelector("#files li.file");
  private static final By FILE_INPUT = By.cssSelector("#upload input[type=file]");
  private static final By FILE_MESSAGE = By.id("upload:fileMessage");
  private static final By NEXT_STEP = By.id("next-step");
  private static final By FLASH = By.id("flash");
  private static final By CONFIRM_YES = By.id("confirm:yes");

  private final WebDriver driver;
  private final String app;
  private final WebDriverWait wait;

  public HandoverPage(WebDriver driver, Http http) {
    this.driver = driver;
    this.app = http.app("").toString();
    this.wait = PageWait.on(driver);
  }

  /** Opens the contest's handover and waits for its status. */
  public HandoverPage open(long contest) {
    driver.get(app + "handover.xhtml?contest=" + contest);
    wait.until(ExpectedConditions.presenceOfElementLocated(NEXT_STEP));
    return this;
  }

  /** Who must do what next, as the page says it. */
  public String nextStep() {
    return driver.findElement(NEXT_STEP).getText();
  }

  public String winner() {
    return driver.findElement(By.id("handover-winner")).getText();
  }

  /** Chooses the files in the upload field (they go at once) and waits until all are listed. */
  public HandoverPage upload(Path... files) {
    int before = fileNames().size();
    chooseFiles(files);
    wait.until(ExpectedConditions.numberOfElementsToBe(FILES, before + files.length));
    return this;
  }

  /** Chooses a file that the service should refuse; returns the message shown next to the field. */
  public String uploadRefused(Path file) {
    chooseFiles(file);
    return wait.until(
            d -> {
              List<WebElement> shown = d.findElements(FILE_MESSAGE);
              return shown.isEmpty() || shown.get(0).getText().isBlank() ? null : shown.get(0);
            })
        .getText();
  }

  private void chooseFiles(Path... files) {
    driver
        .findElement(FILE_INPUT)
        .sendKeys(
            Arrays.stream(files)
                .map(f -> f.toAbsolutePath().toString())
                .collect(Collectors.joining("\n")));
  }

  /** The names of the listed final files, in order. */
  public List<String> fileNames() {
    return driver.findElements(By.cssSelector("#files li.file a.file-name")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The download address of a listed file. */
  public String downloadHref(String fileName) {
    return driver.findElement(By.linkText(fileName)).getAttribute("href");
  }

  /** The winner's "Accept the transfer" button is there and enabled (there are files). */
  public boolean offersAcceptance() {
    List<WebElement> button = driver.findElements(By.id("accept:submit"));
    return !button.isEmpty() && button.get(0).isEnabled();
  }

  public boolean offersApproval() {
    return !driver.findElements(By.id("approve:submit")).isEmpty();
  }

  /** The winner accepts the transfer (and confirms); returns the flash message. */
  public String acceptTransfer() {
    return confirm(By.id("accept:submit"));
  }

  /** The company approves the handover (and confirms); returns the flash message. */
  public String approve() {
    return confirm(By.id("approve:submit"));
  }

  private String confirm(By button) {
    WebElement old = driver.findElement(NEXT_STEP);
    // the accept button is enabled by the uploads' last update, which may still be on its way
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    wait.until(ExpectedConditions.elementToBeClickable(CONFIRM_YES)).click();
    wait.until(ExpectedConditions.stalenessOf(old));
    return wait.until(ExpectedConditions.visibilityOfElementLocated(FLASH)).getText();
  }
}
