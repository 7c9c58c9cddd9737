package org.designcontest.it.support.pages;

import org.designcontest.it.support.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code categories.xhtml}: every category ({@code li[data-category=<code>]}) with its open
 * contests and, for designers, a Follow / Following button.
 */
public final class CategoriesPage {

  private final WebDriver driver;
  private final String app;
  private final WebDriverWait wait;

  public CategoriesPage(WebDriver driver, Http http) {
    this.driver = driver;
    this.app = http.app("").toString();
    this.wait = PageWait.on(driver);
  }

  public CategoriesPage open() {
    driver.get(app + "categories.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    return this;
  }

  /** "3 open contests", a link to the contest list filtered by the category. */
  public String openContests(String code) {
    return driver.findElement(By.cssSelector(category(code) + " a.open-contests")).getText();
  }

  public String openContestsLink(String code) {
    return driver
        .findElement(By.cssSelector(category(code) + " a.open-contests"))
        .getAttribute("href");
  }

  public boolean canFollow(String code) {
    return !driver.findElements(By.cssSelector(category(code) + " input.follow")).isEmpty();
  }

  public boolean isFollowed(String code) {
    return "true"
        .equals(
            driver
                .findElement(By.cssSelector(category(code) + " input.follow"))
                .getAttribute("aria-pressed"));
  }

  /** Presses Follow (or Following, to stop); waits for the page after it. */
  public CategoriesPage toggle(String code) {
    boolean before = isFollowed(code);
    driver.findElement(By.cssSelector(category(code) + " input.follow")).click();
    wait.until(
        ExpectedConditions.attributeToBe(
            By.cssSelector(category(code) + " input.follow"),
            "aria-pressed",
            String.valueOf(!before)));
    return this;
  }

  public String flash() {
    return driver.findElements(By.id("flash")).stream()
        .map(e -> e.getText())
        .findFirst()
        .orElse("");
  }

  private static String category(String code) {
    return "li[data-category='" + code + "']";
  }
}
