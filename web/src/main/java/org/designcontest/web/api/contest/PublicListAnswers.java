package org.designcontest.web.api.contest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.designcontest.contest.boundary.ContestSummary;
import org.designcontest.platform.boundary.Page;
import org.designcontest.web.api.PageView;

/**
 * The public list's answers as sent. The catalogue keeps each page for a moment and hands the same
 * page out to everyone; its JSON is written once per page and request address, not once per
 * request. A new page from the catalogue is written anew, so this adds no staleness.
 */
@ApplicationScoped
public class PublicListAnswers {

  private static final int MAX_ANSWERS = 2_000;

  /** The body and the page links of one answer, and the page they were written from. */
  public record Answer(Page<ContestSummary> page, byte[] body, Map<String, String> links) {}

  private final Jsonb json = JsonbBuilder.create();
  private final ConcurrentMap<URI, Answer> written = new ConcurrentHashMap<>();

  public Answer of(Page<ContestSummary> page, UriInfo uri) {
    URI address = uri.getRequestUri();
    Answer answer = written.get(address);
    if (answer != null && answer.page() == page) { // the very page the catalogue keeps
      return answer;
    }
    PageView<ContestSummary> view = PageView.of(page, uri);
    answer = new Answer(page, json.toJson(view).getBytes(StandardCharsets.UTF_8), view.links());
    if (written.size() >= MAX_ANSWERS) {
      written.clear();
    }
    written.put(address, answer);
    return answer;
  }
}
