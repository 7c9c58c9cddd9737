package org.designcontest.it.support.pages;

import java.util.List;
import org.designcontest.it.support.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The company's dashboard ({@code my-contests.xhtml}): its contests with what needs doing next. */
public final class MyContestsPage {

  private final WebDriver driver;
  private final Http http;

  public MyContestsPage(WebDriver driver, Http http) {
    this.driver = driver;
    this.http = http;
  }

  public MyContestsPage open() {
    driver.get(http.app("my-contests.xhtml").toString());
    return this;
  }

  public List<String> titles() {
    return driver.findElements(By.cssSelector("#my-contests .card-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private WebElement card(long contest) {
    return driver.findElement(By.cssSelector("#my-contests li[data-contest='" + contest + "']"));
  }

  public String stageOf(long contest) {
    return card(contest).findElement(By.cssSelector(".my-stage")).getText();
  }

  public String entriesOf(long contest) {
    return card(contest).findElement(By.cssSelector(".my-entries")).getText();
  }

  public String deadlineOf(long contest) {
    return card(contest).findElement(By.cssSelector(".my-deadline")).getText();
  }

  /** "Your next step: Pick up to 2 finalists before …" or "Next: …". */
  public String nextActionOf(long contest) {
    return card(contest).findElement(By.cssSelector(".next-action")).getText();
  }

  public boolean needsMe(long contest) {
    return card(contest).getAttribute("class").contains("needs-me");
  }

  /** Whether the header offers the dashboard (company staff only). */
  public static boolean offeredIn(WebDriver driver) {
    return !driver.findElements(By.id("myContestsLink")).isEmpty();
  }
}
