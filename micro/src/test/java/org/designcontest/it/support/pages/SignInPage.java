package org.designcontest.it.support.pages;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code login.xhtml}: signs a person in (or out) in the test's browser. */
public final class SignInPage {

  private final WebDriver browser;
  private final URI app;

  /** {@code app} is the deployment's root ({@code Http.app("")}). */
  public SignInPage(WebDriver browser, URI app) {
    this.browser = browser;
    this.app = app;
  }

  /** Signs in and waits until the browser has left the sign-in page. */
  public void signIn(String email, String password) {
    browser.get(app.resolve("login.xhtml").toString());
    browser.findElement(By.id("signIn:email")).sendKeys(email);
    browser.findElement(By.id("signIn:password")).sendKeys(password);
    browser.findElement(By.id("signIn:submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
  }

  /** Signs out with the header's button and waits for the page after it. */
  public void signOut() {
    browser.findElement(By.id("signOut:submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("signOut:submit")));
  }
}
