package org.designcontest.web.api;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.designcontest.media.control.FileCheck;

/**
 * Reads an uploaded part, never more than the check accepts plus one byte (to tell "too large").
 */
public final class MultipartFiles {

  private MultipartFiles() {}

  /** The part's bytes; null when there is no part (the service says what is missing). */
  public static byte[] bytes(EntityPart file, FileCheck check) {
    if (file == null) {
      return null;
    }
    try (InputStream in = file.getContent()) {
      return in.readNBytes(check.maxBytes() + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file name the client gave, if any (the service makes it safe). */
  public static String fileName(EntityPart file) {
    return file == null ? null : file.getFileName().orElse(null);
  }
}
