package org.designcontest.it.support.pages;

import java.util.List;
import org.designcontest.it.support.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The home page ({@code index.xhtml}): the promise and the open contests ending soonest. */
public final class HomePage {

  private final WebDriver driver;
  private final Http http;

  public HomePage(WebDriver driver, Http http) {
    this.driver = driver;
    this.http = http;
  }

  public HomePage open() {
    driver.get(http.app("").toString());
    return this;
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public String intro() {
    return driver.findElement(By.cssSelector(".intro")).getText();
  }

  /** The titles on the cards of the open contests ending soonest, in their order. */
  public List<String> endingSoon() {
    return driver.findElements(By.cssSelector("#ending-soon .card-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public String signUpDesignerHref() {
    return driver.findElement(By.id("signupDesigner")).getAttribute("href");
  }

  public String signUpCompanyHref() {
    return driver.findElement(By.id("signupCompany")).getAttribute("href");
  }

  public ContestListPage allContests() {
    driver.findElement(By.id("allContests")).click();
    return new ContestListPage(driver, http);
  }
}
