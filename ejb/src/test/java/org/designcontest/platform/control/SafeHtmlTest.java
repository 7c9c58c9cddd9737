package org.designcontest.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

  @Test
  void keepsFormattingAndSafeLinksAndDropsEverythingElse() {
    String clean =
        SafeHtml.sanitised(
            "<h2 style=\"color:red\">News</h2><p onclick=\"x()\">A <b>bold</b> <i>move</i>"
                + " <a href=\"javascript:alert(1)\">bad</a>"
                + " <a href=\"https://example.test/a\" target=\"_blank\">good</a></p>"
                + "<script>alert(1)</script><img src=\"https://tracker.test/p.gif\">"
                + "<ul><li>one</li></ul>");
    assertThat(clean)
        .isEqualTo(
            "<h2>News</h2><p>A <b>bold</b> <i>move</i> <a rel=\"nofollow noopener\">bad</a> <a"
                + " href=\"https://example.test/a\" rel=\"nofollow noopener\">good</a></p>"
                + "<ul><li>one</li></ul>");
  }

  @Test
  void plainTextPutsBlocksOnLinesAndSpellsOutLinks() {
    assertThat(
            SafeHtml.asText(
                "<p>Hello &amp; welcome</p><ul><li>one</li><li><a href=\"https://x.test\">two</a>"
                    + "</li></ul>"))
        .isEqualTo("Hello & welcome\none\ntwo (https://x.test)");
  }

  @Test
  void formattingAloneIsBlank() {
    assertThat(SafeHtml.isBlank(SafeHtml.sanitised("<p> <b></b></p><script>x</script>"))).isTrue();
    assertThat(SafeHtml.isBlank("<p>x</p>")).isFalse();
  }
}
