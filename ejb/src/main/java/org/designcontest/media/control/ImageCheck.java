package org.designcontest.media.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.designcontest.platform.boundary.InvalidFieldException;

/**
 * Tells an image by its first bytes, not by its name or the type the client claims: PNG, JPEG and
 * WebP are accepted, up to {@link #MAX_BYTES}.
 */
public final class ImageCheck {

  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  private ImageCheck() {}

  /** The content type of the image, or a 400 naming {@code field}. */
  public static String contentTypeOf(byte[] content, String field) {
    if (content == null || content.length == 0) {
      throw new InvalidFieldException(field, "Attach an image.");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidFieldException(field, "The image may be at most 10 MB.");
    }
    return recognised(content)
        .orElseThrow(() -> new InvalidFieldException(field, "Send a PNG, JPEG or WebP image."));
  }

  static Optional<String> recognised(byte[] content) {
    if (startsWith(content, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(content, JPEG)) {
      return Optional.of("image/jpeg");
    }
    if (content.length >= 12
        && new String(content, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
        && new String(content, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
      return Optional.of("image/webp");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
  }
}
