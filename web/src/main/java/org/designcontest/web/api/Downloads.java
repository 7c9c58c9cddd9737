package org.designcontest.web.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Responses that send a stored file: its content type as checked at upload, a Content-Disposition
 * with a safe name, and private caching (only the caller's browser may keep it).
 */
public final class Downloads {

  private Downloads() {}

  /** Shown in the page (images). */
  public static Response inline(InputStream content, String contentType, String fileName) {
    return send(content, contentType, "inline", fileName);
  }

  /** Saved by the browser (final files, references). */
  public static Response attachment(InputStream content, String contentType, String fileName) {
    return send(content, contentType, "attachment", fileName);
  }

  private static Response send(
      InputStream content, String contentType, String disposition, String fileName) {
    CacheControl privately = new CacheControl();
    privately.setPrivate(true);
    privately.setMaxAge(3600);
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(content, contentType)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            disposition + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(privately)
        .build();
  }
}
