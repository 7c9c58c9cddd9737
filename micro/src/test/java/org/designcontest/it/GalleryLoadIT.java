package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designcontest.it.support.ContestApi.bearer;
import static org.designcontest.it.support.ContestApi.expect;
import static org.designcontest.it.support.ContestApi.idOf;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.designcontest.it.support.Artwork;
import org.designcontest.it.support.Browser;
import org.designcontest.it.support.ContestApi;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.TestDatabase;
import org.designcontest.it.support.pages.GalleryPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "A gallery of 200 entries opens fast": 200 real entries (40 designers, 5 each, submitted through
 * the API four at a time, so every one has its stored grid and large copies), then the company
 * opens the gallery in Chromium and the browser's own timings are read: first contentful paint, the
 * navigation's responseEnd, DOMContentLoaded and load, and the thumbnails fetched (count, bytes).
 * Three visits of the default page (a cold cache, then twice warm) and one of 100 cards; one line
 * in the log, all in {@code target/gallery-timing.json}. Only a loose bound is asserted (first
 * contentful paint under 5 s); the figures are in docs/benchmarks/gallery.md.
 */
@ExtendWith(ArquillianExtension.class)
class GalleryLoadIT {

  private static final Logger LOG = Logger.getLogger(GalleryLoadIT.class.getName());
  private static final String PASSWORD = "correct horse battery";
  private static final int ENTRIES = 200;

  /** Everything is read in the page, after load and after the thumbnails in view arrived. */
  private static final String TIMINGS =
      "var nav = performance.getEntriesByType('navigation')[0];"
          + " var fcp = performance.getEntriesByType('paint')"
          + "   .filter(function (p) { return p.name === 'first-contentful-paint'; })[0];"
          + " var images = performance.getEntriesByType('resource')"
          + "   .filter(function (r) { return r.name.indexOf('entry-image.xhtml') >= 0; });"
          + " return {"
          + "  firstContentfulPaint: fcp ? Math.round(fcp.startTime) : -1,"
          + "  responseStart: Math.round(nav.responseStart),"
          + "  responseEnd: Math.round(nav.responseEnd),"
          + "  domContentLoaded: Math.round(nav.domContentLoadedEventEnd),"
          + "  load: Math.round(nav.loadEventEnd),"
          + "  htmlBytes: nav.transferSize,"
          + "  cards: document.querySelectorAll('#gallery-cards li.card').length,"
          + "  imageRequests: images.length,"
          + "  imagesFromNetwork: images.filter(function (r) { return r.transferSize > 0; }).length,"
          + "  imageBytes: images.reduce(function (s, r) { return s + r.transferSize; }, 0),"
          + "  imageBodyBytes: images.reduce(function (s, r) { return s + r.encodedBodySize; }, 0)"
          + " };";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  @Test
  void aGalleryOf200EntriesOpensFast() throws Exception {
    Http http = new Http(deployment);
    ContestApi api = new ContestApi(http);
    long owner = TestDatabase.newCompanyStaff();
    TestDatabase.setPassword(owner, PASSWORD);
    String company = bearer(owner);
    long contest = api.draft(company, "Load " + UUID.randomUUID().toString().substring(0, 8));
    expect(200, api.post("contests/" + contest + "/launch", company, null));

    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Long>> submitted = new ArrayList<>();
    try {
      for (int d = 0; d < ENTRIES / 5; d++) {
        String designer = bearer(TestDatabase.newDesigner());
        for (int e = 0; e < 5; e++) {
          int seed = d * 5 + e;
          submitted.add(
              pool.submit(
                  () ->
                      idOf(
                          http.multipart(
                              http.app("api/contests/" + contest + "/entries"),
                              Map.of("title", "Mark " + seed),
                              "file",
                              Artwork.png(seed, 480, 360),
                              "Authorization",
                              designer))));
        }
      }
      for (Future<Long> entry : submitted) {
        entry.get();
      }
    } finally {
      pool.shutdown();
    }
    long setupMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(
            TestDatabase.count(
                "select count(*) from entry where contest_id = ? and grid_key is not null",
                contest))
        .as("200 entries, each with its stored grid copy")
        .isEqualTo(ENTRIES);

    ChromeDriver browser = Browser.open();
    Map<String, Object> runs = new LinkedHashMap<>();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.manage().window().setSize(new Dimension(1280, 900));
      browser.get(http.app("login.xhtml").toString());
      browser
          .findElement(By.id("signIn:email"))
          .sendKeys(TestDatabase.text("select email from account where id = ?", owner));
      browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
      browser.findElement(By.id("signIn:submit")).click();
      wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
      GalleryPage gallery = new GalleryPage(browser, http);

      runs.put("cold", visit(browser, gallery, http, contest, ""));
      runs.put("warm1", visit(browser, gallery, http, contest, ""));
      runs.put("warm2", visit(browser, gallery, http, contest, ""));
      runs.put("size100", visit(browser, gallery, http, contest, "&size=100"));
    } finally {
      browser.quit();
    }

    String json =
        "{\"entries\": "
            + ENTRIES
            + ", \"setupMillis\": "
            + setupMillis
            + ", \"cpus\": "
            + Runtime.getRuntime().availableProcessors()
            + ", \"runs\": {"
            + runs.entrySet().stream()
                .map(run -> "\"" + run.getKey() + "\": " + toJson(run.getValue()))
                .collect(Collectors.joining(", "))
            + "}}";
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "gallery-timing.json"), json);
    LOG.info("gallery timing: " + json);
    System.out.println("gallery timing: " + json);

    @SuppressWarnings("unchecked")
    Map<String, Object> cold = (Map<String, Object>) runs.get("cold");
    assertThat(((Number) cold.get("cards")).intValue()).isEqualTo(60);
    assertThat(((Number) cold.get("firstContentfulPaint")).longValue())
        .as("first contentful paint of the cold gallery, ms")
        .isBetween(1L, 5_000L);
  }

  private static Object visit(
      ChromeDriver browser, GalleryPage gallery, Http http, long contest, String extra) {
    browser.get(http.app("gallery.xhtml?contest=" + contest + extra).toString());
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d ->
                (Boolean)
                    browser.executeScript(
                        "return document.readyState === 'complete'"
                            + " && performance.getEntriesByType('navigation')[0].loadEventEnd > 0;"));
    gallery.awaitVisibleThumbnails();
    return browser.executeScript(TIMINGS);
  }

  private static String toJson(Object value) {
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(e -> "\"" + e.getKey() + "\": " + toJson(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(value);
  }
}
