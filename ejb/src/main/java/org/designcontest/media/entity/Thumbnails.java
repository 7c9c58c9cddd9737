package org.designcontest.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/** Where an image's smaller copies are (media store keys); none for images from before them. */
@Embeddable
public class Thumbnails {

  @Column(name = "grid_key")
  private String gridKey;

  @Column(name = "large_key")
  private String largeKey;

  protected Thumbnails() {}

  public Thumbnails(String gridKey, String largeKey) {
    this.gridKey = gridKey;
    this.largeKey = largeKey;
  }

  /** The content type of the copies of an image of {@code originalContentType}. */
  public static String contentTypeOf(String originalContentType) {
    // JPEG copies of a JPEG; PNG copies of anything else (PNG and WebP may be transparent)
    return "image/jpeg".equals(originalContentType) ? "image/jpeg" : "image/png";
  }

  /** The key of the copy of that size, if there is one. */
  public Optional<String> keyOf(ImageSize size) {
    return Optional.ofNullable(
        switch (size) {
          case GRID -> gridKey;
          case LARGE -> largeKey;
          case ORIGINAL -> null;
        });
  }
}
