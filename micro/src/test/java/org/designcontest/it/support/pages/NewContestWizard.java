package org.designcontest.it.support.pages;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designcontest.it.support.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The company's create-contest wizard ({@code new-contest.xhtml?draft=…&step=…}): brief → files →
 * prize → finalists and rounds → preview → launch. Every step posts the form and (when accepted)
 * redirects to the next step's URL; a refusal re-renders the step with a message next to its field.
 */
public final class NewContestWizard {

  private static final Pattern DRAFT = Pattern.compile("[?&]draft=(\\d+)");

  private final WebDriver driver;
  private final Http http;

  public NewContestWizard(WebDriver driver, Http http) {
    this.driver = driver;
    this.http = http;
  }

  public NewContestWizard open() {
    driver.get(http.app("new-contest.xhtml").toString());
    return this;
  }

  /**
   * A saved draft at one of its steps (brief, files, prize, rounds, preview): what a reload does.
   */
  public NewContestWizard open(long draft, String step) {
    driver.get(http.app("new-contest.xhtml?draft=" + draft + "&step=" + step).toString());
    return this;
  }

  /** The step shown (its heading, "3. Prize"). */
  public String step() {
    return driver.findElement(By.cssSelector(".wizard-step h2")).getText();
  }

  public NewContestWizard brief(String title, String categoryLabel, String description) {
    type("wizard:title", title);
    new Select(driver.findElement(By.id("wizard:category"))).selectByVisibleText(categoryLabel);
    type("wizard:description", description);
    return submit("wizard:saveBrief");
  }

  /** Attaches one reference file (stays on the files step). */
  public NewContestWizard attach(Path file) {
    driver.findElement(By.id("wizard:file")).sendKeys(file.toAbsolutePath().toString());
    return submit("wizard:upload");
  }

  public List<String> attachedFiles() {
    return driver.findElements(By.cssSelector("#wizard-files .file-name")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public NewContestWizard continueToPrize() {
    return submit("wizard:filesNext");
  }

  public NewContestWizard prize(String amount, String currency) {
    type("wizard:prize", amount);
    new Select(driver.findElement(By.id("wizard:currency"))).selectByVisibleText(currency);
    return submit("wizard:savePrize");
  }

  /** Sets the number of finalists and the rounds' lengths (null leaves a field as it is). */
  public NewContestWizard rounds(
      Integer finalists,
      Integer openDays,
      Integer selectionDays,
      Integer finalDays,
      Integer winnerDays) {
    typeNumber("wizard:finalistCount", finalists);
    typeNumber("wizard:openDays", openDays);
    typeNumber("wizard:finalistSelectionDays", selectionDays);
    typeNumber("wizard:finalRoundDays", finalDays);
    typeNumber("wizard:winnerSelectionDays", winnerDays);
    return submit("wizard:saveRounds");
  }

  /** The preview of the draft, as the contest page will show it. */
  public WebElement preview() {
    return driver.findElement(By.id("preview"));
  }

  /** Launches; the browser lands on the contest's page. */
  public ContestPage launch() {
    submit("wizard:launch");
    return new ContestPage(driver, http);
  }

  /** The message next to a field of the wizard's form ({@code prize}, {@code title}, …). */
  public String messageFor(String field) {
    return driver.findElement(By.id("wizard:" + field + "Message")).getText();
  }

  public String valueOf(String field) {
    return driver.findElement(By.id("wizard:" + field)).getAttribute("value");
  }

  /** The draft's id, from the step's URL. */
  public long draftId() {
    Matcher found = DRAFT.matcher(driver.getCurrentUrl());
    if (!found.find()) {
      throw new IllegalStateException("no draft in " + driver.getCurrentUrl());
    }
    return Long.parseLong(found.group(1));
  }

  public String flash() {
    return driver.findElement(By.id("flash")).getText();
  }

  private NewContestWizard submit(String button) {
    Navigations.clickAndWaitForNextPage(driver, () -> driver.findElement(By.id(button)).click());
    return this;
  }

  private void type(String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  private void typeNumber(String id, Integer value) {
    if (value != null) {
      type(id, value.toString());
    }
  }
}
