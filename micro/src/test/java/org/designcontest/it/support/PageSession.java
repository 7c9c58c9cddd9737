package org.designcontest.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen: keeps cookies, follows redirects, and submits Faces forms the way a
 * browser does (with the view state the page gave it, and the CSP nonce PrimeFaces' script adds).
 */
public final class PageSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** The page's CSP nonce, on its scripts; PrimeFaces' script copies it into every form. */
  private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

  private final Http http;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  public PageSession(Http http) {
    this.http = http;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  public HttpResponse<String> get(String page) {
    return send(HttpRequest.newBuilder(http.app(page)).GET());
  }

  /**
   * Opens the page, fills the form's fields (names without the form id) and presses its button
   * {@code submit}; returns the page the browser lands on.
   */
  public HttpResponse<String> submit(String page, String form, Map<String, String> fields) {
    String html = get(page).body();
    Matcher viewState = VIEW_STATE.matcher(html);
    if (!viewState.find()) {
      throw new IllegalStateException("no form on " + page + ":\n" + html);
    }
    Map<String, String> body = new LinkedHashMap<>();
    body.put(form, form);
    fields.forEach((name, value) -> body.put(form + ":" + name, value));
    body.put(form + ":submit", "submit");
    body.put("jakarta.faces.ViewState", viewState.group(1));
    Matcher nonce = NONCE.matcher(html);
    if (nonce.find()) { // as PrimeFaces' script does in a browser: a postback without it is refused
      body.put("primefaces.nonce", nonce.group(1));
    }
    return send(
        HttpRequest.newBuilder(http.app(page))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(body))));
  }

  public HttpResponse<String> signIn(String email, String password, boolean rememberMe) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("email", email);
    fields.put("password", password);
    if (rememberMe) {
      fields.put("rememberMe", "on");
    }
    return submit("login.xhtml", "signIn", fields);
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** Every value the browser holds for the cookie (one per path). */
  public List<String> cookies(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .toList();
  }

  /** Starts with only this cookie, as a browser reopened the next day would. */
  public void keepOnly(String name, String value) {
    cookies.getCookieStore().removeAll();
    HttpCookie cookie = new HttpCookie(name, value);
    String contextPath = http.app("").getPath().replaceAll("(.)/$", "$1");
    cookie.setPath(contextPath); // where the app sets it
    cookie.setVersion(0);
    cookies.getCookieStore().add(http.app(""), cookie);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
