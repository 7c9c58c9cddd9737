package org.designcontest.web.faces.entry;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.designcontest.media.control.FileCheck;

/**
 * An image chosen in a page's file input, as the services take it: read to at most one byte more
 * than an image may have (the service then says "too large"); no file chosen is no bytes (the
 * service says to attach one).
 */
final class UploadedImage {

  private UploadedImage() {}

  static byte[] bytesOf(Part part) {
    if (part == null) {
      return new byte[0];
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(FileCheck.IMAGE.maxBytes() + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
