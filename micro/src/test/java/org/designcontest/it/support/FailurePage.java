package org.designcontest.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a browser showed when a test failed: its page, a screenshot and its console, kept as {@code
 * target/screenshots/<name>.html|.png|-console.txt}. Never throws: the test's own failure is what
 * the run reports.
 */
public final class FailurePage {

  private FailurePage() {}

  public static void keep(ChromeDriver browser, String name) {
    try {
      Path target = Path.of("target", "screenshots");
      Files.createDirectories(target);
      Files.writeString(target.resolve(name + ".html"), browser.getPageSource());
      Files.write(target.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
      StringBuilder console = new StringBuilder();
      browser.manage().logs().get("browser").forEach(entry -> console.append(entry).append('\n'));
      Files.writeString(target.resolve(name + "-console.txt"), console);
    } catch (IOException | RuntimeException e) {
      // a browser that cannot answer any more has nothing to show
    }
  }
}
