package org.designcontest.it.support.pages;

import java.util.List;
import org.designcontest.it.support.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A contest's page ({@code contest.xhtml?id=…}): facts, the countdown and the published rule, the
 * brief, the reference files and the actions area ({@code nav.contest-actions}).
 */
public final class ContestPage {

  private final WebDriver driver;
  private final Http http;

  public ContestPage(WebDriver driver, Http http) {
    this.driver = driver;
    this.http = http;
  }

  public ContestPage open(long contest) {
    driver.get(http.app("contest.xhtml?id=" + contest).toString());
    return this;
  }

  public String title() {
    return driver.findElement(By.id("contest-title")).getText();
  }

  public String stage() {
    return driver.findElement(By.id("contest-stage")).getText();
  }

  public String prize() {
    return driver.findElement(By.id("contest-prize")).getText();
  }

  public String category() {
    return driver.findElement(By.id("contest-category")).getText();
  }

  /** "1 entry", "3 entries". */
  public String entries() {
    return driver.findElement(By.id("contest-entries")).getText();
  }

  /** The absolute deadline as written ("29 Nov 2026, 14:05 UTC") and its datetime attribute. */
  public String deadline() {
    return driver.findElement(By.id("deadline-time")).getText();
  }

  public String deadlineDatetime() {
    return driver.findElement(By.id("deadline-time")).getAttribute("datetime");
  }

  /** The time left, as the countdown script keeps it ("6 days 23 hours left"). */
  public String timeLeft() {
    return driver.findElement(By.id("time-left")).getText();
  }

  /** Whether the countdown script has ticked at least once. */
  public boolean countdownTicking() {
    return "true".equals(driver.findElement(By.id("time-left")).getAttribute("data-ticking"));
  }

  /** What happens at the next deadline. */
  public String atDeadline() {
    return driver.findElement(By.id("at-deadline")).getText();
  }

  /** The published automatic-selection rule. */
  public String rule() {
    return driver.findElement(By.id("contest-rule")).getText();
  }

  /** The brief's element (rendered from the sanitised HTML). */
  public WebElement brief() {
    return driver.findElement(By.id("contest-brief"));
  }

  public String briefHtml() {
    return brief().getAttribute("innerHTML");
  }

  public List<String> referenceFiles() {
    return driver.findElements(By.cssSelector("#contest-files a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public String referenceHref(String fileName) {
    return driver
        .findElement(By.cssSelector("#contest-files"))
        .findElement(By.linkText(fileName))
        .getAttribute("href");
  }

  /** The links and buttons in the contest's actions area. */
  public WebElement actions() {
    return driver.findElement(By.cssSelector("nav.contest-actions"));
  }
}
