package org.designcontest.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.designcontest.media.entity.ImageSize;

/**
 * How a page-facing file (a chat attachment, an entry's image, a handover file) is sent from a view
 * action: the checked content type, an ETag with 304 for a browser that has it, cached by the
 * caller's browser only (the files are not public), and a disposition naming the file. The API has
 * its own copy of this in {@code web.api.Downloads}; pages cannot use the API (tokens only).
 */
public final class FileResponse {

  private static final String NOT_FOUND = "There is no such file.";

  private FileResponse() {}

  /** The file as stored: inline when a browser may show it (images), else as a download. */
  public static void send(
      FacesContext faces,
      String tag,
      String contentType,
      String fileName,
      boolean inline,
      InputStream content)
      throws IOException {
    ExternalContext external = faces.getExternalContext();
    faces.responseComplete();
    String etag = "\"" + tag + "\"";
    external.setResponseHeader("Cache-Control", "private, max-age=86400");
    external.setResponseHeader("ETag", etag);
    if (etag.equals(external.getRequestHeaderMap().get("If-None-Match"))) {
      content.close();
      external.setResponseStatus(304);
      return;
    }
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    external.setResponseContentType(contentType);
    external.setResponseHeader(
        "Content-Disposition",
        (inline ? "inline" : "attachment")
            + "; filename=\""
            + ascii
            + "\"; filename*=UTF-8''"
            + encoded);
    try (InputStream in = content;
        OutputStream out = external.getResponseOutputStream()) {
      in.transferTo(out);
    }
  }

  /** Whatever the caller may not see, or that does not exist, is the same 404. */
  public static void notFound(FacesContext faces) throws IOException {
    faces.responseComplete();
    faces.getExternalContext().responseSendError(404, NOT_FOUND);
  }

  /** {@code grid}, {@code large}, or the file as uploaded. */
  public static ImageSize imageSize(String size) {
    if (size == null) {
      return ImageSize.ORIGINAL;
    }
    return switch (size) {
      case "grid" -> ImageSize.GRID;
      case "large" -> ImageSize.LARGE;
      default -> ImageSize.ORIGINAL;
    };
  }
}
