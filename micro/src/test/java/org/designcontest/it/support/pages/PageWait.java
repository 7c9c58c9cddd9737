package org.designcontest.it.support.pages;

import java.time.Duration;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How the page objects wait: up to 20 s, and through the moment a posted form's next document
 * replaces the one a condition was reading (a stale element then means "not yet", not a failure).
 */
final class PageWait {

  private PageWait() {}

  static WebDriverWait on(WebDriver driver) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }
}
