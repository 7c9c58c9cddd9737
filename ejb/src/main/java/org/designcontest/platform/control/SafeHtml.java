package org.designcontest.platform.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The safe subset of formatting people may use in text others read (announcements): paragraphs,
 * emphasis, lists, quotes, headings and http(s)/mailto links, which open with rel="nofollow
 * noopener". Everything else (scripts, styles, event handlers, other URLs) is removed.
 */
public final class SafeHtml {

  private static final Safelist ALLOWED =
      Safelist.basic()
          .addTags("h2", "h3")
          .addAttributes("a", "rel")
          .addEnforcedAttribute("a", "rel", "nofollow noopener");

  private SafeHtml() {}

  public static String sanitised(String html) {
    Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);
    return Jsoup.clean(html == null ? "" : html, "", ALLOWED, compact).strip();
  }

  /** The text of (sanitised) HTML, with paragraphs and list items on lines of their own. */
  public static String asText(String html) {
    Document document = Jsoup.parse(html == null ? "" : html);
    document.select("br").after("\\n");
    document.select("p, li, h2, h3, blockquote").before("\\n");
    document.select("a[href]").forEach(a -> a.appendText(" (" + a.attr("href") + ")"));
    return document.text().replace("\\n", "\n").replaceAll("(?m)^ +| +$", "").strip();
  }

  /** Whether sanitising leaves no text at all (an empty paragraph is no body). */
  public static boolean isBlank(String html) {
    return Jsoup.parse(html == null ? "" : html).text().isBlank();
  }
}
