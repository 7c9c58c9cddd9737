package org.designcontest.media.entity;

/** The sizes an entry's image is shown at, each fitting into a square of {@code maxPixels}. */
public enum ImageSize {
  /** The gallery's grid. */
  GRID(320),
  /** The large view. */
  LARGE(1280),
  /** As uploaded. */
  ORIGINAL(0);

  public final int maxPixels;

  ImageSize(int maxPixels) {
    this.maxPixels = maxPixels;
  }
}
