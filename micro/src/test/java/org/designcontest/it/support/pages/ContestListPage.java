package org.designcontest.it.support.pages;

import java.util.List;
import org.designcontest.it.support.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The public contest list ({@code contests.xhtml}): a GET form of filters (search text, category,
 * minimum prize, ending within days, sort); the results are cards.
 */
public final class ContestListPage {

  private final WebDriver driver;
  private final Http http;

  public ContestListPage(WebDriver driver, Http http) {
    this.driver = driver;
    this.http = http;
  }

  public ContestListPage open() {
    driver.get(http.app("contests.xhtml").toString());
    return this;
  }

  /** The list at a URL's query, as a bookmark would open it ({@code q=…&days=…}). */
  public ContestListPage openWith(String query) {
    driver.get(http.app("contests.xhtml?" + query).toString());
    return this;
  }

  /** Fills the filter form (null leaves a field as it is, "" clears it) and sends it. */
  public ContestListPage filter(
      String text, String categoryLabel, String minPrize, String days, String sortLabel) {
    type("q", text);
    if (categoryLabel != null) {
      new Select(driver.findElement(By.id("category"))).selectByVisibleText(categoryLabel);
    }
    type("minPrize", minPrize);
    type("days", days);
    if (sortLabel != null) {
      new Select(driver.findElement(By.id("sort"))).selectByVisibleText(sortLabel);
    }
    Navigations.clickAndWaitForNextPage(driver, () -> driver.findElement(By.id("apply")).click());
    return this;
  }

  private void type(String id, String value) {
    if (value == null) {
      return;
    }
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  /** The titles of the contests found, in the list's order. */
  public List<String> titles() {
    return driver.findElements(By.cssSelector("#results .card-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public long resultCount() {
    return Long.parseLong(driver.findElement(By.id("result-count")).getText().strip());
  }

  /**
   * The message next to a filter field ({@code q}, {@code minPrize}, {@code days}, {@code sort}).
   */
  public String messageFor(String field) {
    return driver.findElement(By.id(field + "Message")).getText();
  }

  public String valueOf(String field) {
    return driver.findElement(By.id(field)).getAttribute("value");
  }

  public ContestPage openContest(String title) {
    driver.findElement(By.linkText(title)).click();
    return new ContestPage(driver, http);
  }
}
