package org.designcontest.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.designcontest.media.entity.StoredFile;
import org.designcontest.media.entity.Thumbnails;

/** Checks an upload by its content, then stores it and fingerprints it. */
@ApplicationScoped
public class Uploads {

  @Inject MediaStore media;

  @Inject ThumbnailMaker thumbnailMaker;

  /** An image as stored, with its smaller copies. */
  public record StoredImage(StoredFile file, Thumbnails thumbnails) {}

  /**
   * An entry's or a revision's image, checked (a 400 naming {@code field} if it is not a PNG, JPEG
   * or WebP image that decodes), stored, and its copies made.
   */
  public StoredImage storeImage(byte[] content, String field) {
    return storeWithCopies(content, FileCheck.IMAGE, field);
  }

  /**
   * A file that {@code check} takes (a 400 naming {@code field} otherwise), stored; if it is an
   * image, with its smaller copies (no thumbnails for a PDF).
   */
  public StoredImage storeWithCopies(byte[] content, FileCheck check, String field) {
    String contentType = check.contentTypeOf(content, field);
    Thumbnails thumbnails =
        contentType.startsWith("image/") ? thumbnailMaker.make(content, contentType, field) : null;
    return new StoredImage(
        new StoredFile(media.put(content), contentType, content.length, sha256(content)),
        thumbnails);
  }

  /** The stored file; a 400 naming {@code field} if the content is not what {@code check} takes. */
  public StoredFile store(byte[] content, FileCheck check, String field) {
    String contentType = check.contentTypeOf(content, field);
    return new StoredFile(media.put(content), contentType, content.length, sha256(content));
  }

  /**
   * A file name fit to keep and to send back in Content-Disposition: no folders, no control or
   * quoting characters, at most 200 characters; {@code fallback} when nothing is left.
   */
  public static String safeFileName(String given, String fallback) {
    String name = given == null ? "" : given.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\";]", "_").strip();
    if (name.isEmpty() || name.startsWith(".")) {
      return fallback;
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
