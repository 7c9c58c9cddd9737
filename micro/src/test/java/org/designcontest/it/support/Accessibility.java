package org.designcontest.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility bar: axe-core (Deque's, run in the test's own browser) finds no serious
 * or critical violation of WCAG 2.1 A/AA on the page as it is now. Call it after the page (or the
 * part under test) has finished changing; it checks what is rendered, also after ajax.
 */
public final class Accessibility {

  private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private Accessibility() {}

  public static void assertNoSeriousViolations(WebDriver driver, String page) {
    Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
    assertThat(results.isErrored())
        .as("axe ran on %s: %s", page, results.getErrorMessage())
        .isFalse();
    List<Rule> serious =
        results.getViolations().stream()
            .filter(rule -> BLOCKING.contains(rule.getImpact()))
            .toList();
    assertThat(describe(serious)).as("serious accessibility violations on %s", page).isEmpty();
  }

  private static String describe(List<Rule> rules) {
    return rules.stream()
        .map(
            rule ->
                rule.getImpact()
                    + " "
                    + rule.getId()
                    + ": "
                    + rule.getHelp()
                    + " at "
                    + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
