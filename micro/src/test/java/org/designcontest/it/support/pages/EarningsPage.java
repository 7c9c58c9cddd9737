package org.designcontest.it.support.pages;

import org.designcontest.it.support.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A designer's earnings page ({@code earnings.xhtml}), reached by the header's link. The caller is
 * signed in as a designer; {@code app} is the application's base address ending with a slash.
 */
public final class EarningsPage {

  private final WebDriver driver;
  private final String app;
  private final WebDriverWait wait;

  public EarningsPage(WebDriver driver, Http http) {
    this.driver = driver;
    this.app = http.app("").toString();
    this.wait = PageWait.on(driver);
  }

  /** Opens the page by the header's "Earnings" link, from the home page. */
  public EarningsPage openFromHeader() {
    driver.get(app);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("earningsLink"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("earnings-note")));
    return this;
  }

  private WebElement row(long contest) {
    return driver.findElement(By.cssSelector("#won li[data-contest-id='" + contest + "']"));
  }

  /** Whether the page shows the contest's prize as paid out. */
  public boolean paidOut(long contest) {
    return Boolean.parseBoolean(row(contest).getAttribute("data-paid-out"));
  }

  /** "800 EUR Paid out" */
  public String prize(long contest) {
    return row(contest).findElement(By.className("earning-prize")).getText();
  }

  public String awarded(long contest) {
    return row(contest).findElement(By.className("earning-awarded")).getText();
  }

  public String handoverState(long contest) {
    return row(contest).findElement(By.className("earning-state")).getText();
  }

  /** The total paid out in a currency, as shown ("800.00"). */
  public String paidOutTotal(String currency) {
    return total(currency, "paid-out");
  }

  public String pendingTotal(String currency) {
    return total(currency, "pending");
  }

  private String total(String currency, String column) {
    return driver
        .findElement(By.cssSelector("#totals tr[data-currency='" + currency + "'] td." + column))
        .getText();
  }
}
