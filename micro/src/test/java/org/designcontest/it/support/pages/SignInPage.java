package org.designcontest.it.support.pages;

import org.designcontest.it.support.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sign-in page ({@code login.xhtml}) and the header's sign-out button. */
public final class SignInPage {

  private final WebDriver driver;
  private final Http http;

  public SignInPage(WebDriver driver, Http http) {
    this.driver = driver;
    this.http = http;
  }

  /** Signs in and waits until the browser has left the sign-in page. */
  public void signIn(String email, String password) {
    driver.get(http.app("login.xhtml").toString());
    driver.findElement(By.id("signIn:email")).sendKeys(email);
    driver.findElement(By.id("signIn:password")).sendKeys(password);
    driver.findElement(By.id("signIn:submit")).click();
    PageWait.on(driver)
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
  }

  /** Signs out through the header's button and waits for the page after it. */
  public void signOut() {
    driver.findElement(By.id("signOut:submit")).click();
    PageWait.on(driver)
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("signOut:submit")));
  }
}
