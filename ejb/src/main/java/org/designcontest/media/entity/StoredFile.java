package org.designcontest.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An upload once checked and stored, as the entity that owns it keeps it: where it is (the media
 * store's key), what it is (the content type told by its bytes), its size, and its SHA-256
 * fingerprint (hex), recorded at upload to settle "who was first".
 */
@Embeddable
public class StoredFile {

  @Column(name = "media_key")
  private String mediaKey;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private String sha256;

  protected StoredFile() {}

  public StoredFile(String mediaKey, String contentType, long sizeBytes, String sha256) {
    this.mediaKey = mediaKey;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
  }

  public String mediaKey() {
    return mediaKey;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  /**
   * This image at {@code size}: its copy among {@code thumbnails}, or itself when there is none (a
   * PDF, an image from before thumbnails, or the original asked for).
   */
  public StoredFile at(ImageSize size, Thumbnails thumbnails) {
    if (thumbnails == null) {
      return this;
    }
    return thumbnails
        .keyOf(size)
        .map(
            key ->
                new StoredFile(
                    key,
                    Thumbnails.contentTypeOf(contentType),
                    0,
                    sha256 + "-" + size.name().toLowerCase()))
        .orElse(this);
  }
}
