package org.designcontest.web.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.designcontest.entry.boundary.Entries;
import org.designcontest.media.entity.ImageSize;

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

  /**
   * An entry's or a revision's image, tagged by its content: a browser keeps it a day and then asks
   * again with If-None-Match, answered 304 without the bytes if unchanged.
   */
  public static Response image(Request request, Entries.Image image, String fileName) {
    return tagged(request, image.content(), image.contentType(), image.tag(), "inline", fileName);
  }

  /**
   * A stored file whose {@code tag} changes with its content, kept a day by the caller's browser
   * and then revalidated (304 without the bytes if unchanged).
   */
  public static Response tagged(
      Request request,
      InputStream content,
      String contentType,
      String entityTag,
      String disposition,
      String fileName) {
    EntityTag tag = new EntityTag(entityTag);
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setMaxAge(86_400);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      try {
        content.close();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return unchanged.cacheControl(cache).build();
    }
    return Response.fromResponse(send(content, contentType, disposition, fileName))
        .tag(tag)
        .cacheControl(cache)
        .build();
  }

  /** The {@code size} parameter of an image: the original when absent, a 400 when unknown. */
  public static ImageSize imageSize(String size) {
    ImageSize chosen = QueryValues.enumValue(ImageSize.class, "size", size);
    return chosen == null ? ImageSize.ORIGINAL : chosen;
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
