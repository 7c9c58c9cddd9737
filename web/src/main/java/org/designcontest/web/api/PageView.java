package org.designcontest.web.api;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.designcontest.platform.boundary.Page;

/**
 * A page of a list as the API sends it: the items, the total count, and links to the first, last,
 * previous and next pages (also in the Link header).
 */
public record PageView<T>(
    long total, int page, int size, long pageCount, List<T> items, Map<String, String> links) {

  public static <T> PageView<T> of(Page<T> page, UriInfo uri) {
    return new PageView<>(
        page.total(), page.page(), page.size(), page.pageCount(), page.items(), links(page, uri));
  }

  /** self, first, last, and prev/next where they exist: the request's URI with another page. */
  public static Map<String, String> links(Page<?> page, UriInfo uri) {
    Map<String, String> links = new LinkedHashMap<>();
    links.put("self", at(uri, page.page()));
    links.put("first", at(uri, 0));
    if (page.page() > 0) {
      links.put("prev", at(uri, Math.min(page.page() - 1, page.pageCount() - 1)));
    }
    if (page.page() + 1 < page.pageCount()) {
      links.put("next", at(uri, page.page() + 1));
    }
    links.put("last", at(uri, page.pageCount() - 1));
    return links;
  }

  /** The response with the page links in its Link header too (RFC 8288). */
  public static Response.ResponseBuilder withLinkHeader(
      Response.ResponseBuilder response, Map<String, String> links) {
    links.forEach((rel, href) -> response.links(Link.fromUri(href).rel(rel).build()));
    return response;
  }

  private static String at(UriInfo uri, long page) {
    return uri.getRequestUriBuilder().replaceQueryParam("page", page).build().toString();
  }
}
