package org.designcontest.it.support.pages;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * Waits for a click that posts or follows a link to have loaded the next document: the old one is
 * marked first, so its disappearance (and the new one's readiness) is the condition. Robust against
 * the driver's errors while the documents change (stale nodes, "does not belong to the document").
 */
final class Navigations {

  private Navigations() {}

  static void clickAndWaitForNextPage(WebDriver driver, Runnable click) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.__previousPage = true;");
    click.run();
    PageWait.on(driver)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "return window.__previousPage !== true"
                            + " && document.readyState === 'complete';")));
  }
}
