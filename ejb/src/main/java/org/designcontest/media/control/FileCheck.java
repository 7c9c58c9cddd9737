package org.designcontest.media.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.designcontest.platform.boundary.InvalidFieldException;

/**
 * Tells an upload's type by its first bytes, never by its name or the type the client claims, and
 * refuses what a place does not take: entries and revisions are images; a brief's references and
 * chat attachments may also be PDF; the winner's final files may also be ZIP or Photoshop files,
 * and larger.
 */
public final class FileCheck {

  /** Entries and revisions. */
  public static final FileCheck IMAGE =
      new FileCheck(
          10, EnumSet.of(Type.PNG, Type.JPEG, Type.WEBP), "Send a PNG, JPEG or WebP image.");

  /** Images or PDF: files attached to a brief or to a chat message. */
  public static final FileCheck DOCUMENT =
      new FileCheck(
          10,
          EnumSet.of(Type.PNG, Type.JPEG, Type.WEBP, Type.PDF),
          "Send a PNG, JPEG or WebP image or a PDF.");

  /** The winner's final files. */
  public static final FileCheck DELIVERABLE =
      new FileCheck(
          25, EnumSet.allOf(Type.class), "Send a PNG, JPEG, WebP, PDF, ZIP or Photoshop file.");

  /** The kinds of file recognised, with their content types and first bytes. */
  enum Type {
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    WEBP("image/webp", null),
    PDF("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
    ZIP("application/zip", new byte[] {'P', 'K', 0x03, 0x04}),
    PSD("image/vnd.adobe.photoshop", "8BPS".getBytes(StandardCharsets.US_ASCII));

    final String contentType;
    private final byte[] magic;

    Type(String contentType, byte[] magic) {
      this.contentType = contentType;
      this.magic = magic;
    }

    boolean matches(byte[] content) {
      if (this == WEBP) { // RIFF....WEBP
        return content.length >= 12
            && new String(content, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
            && new String(content, 8, 4, StandardCharsets.US_ASCII).equals("WEBP");
      }
      return content.length >= magic.length
          && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }
  }

  private final int maxMegabytes;
  private final Set<Type> accepted;
  private final String whatToSend;

  private FileCheck(int maxMegabytes, Set<Type> accepted, String whatToSend) {
    this.maxMegabytes = maxMegabytes;
    this.accepted = accepted;
    this.whatToSend = whatToSend;
  }

  /** The most bytes accepted; transports read one more to tell a file that is too large. */
  public int maxBytes() {
    return maxMegabytes * 1024 * 1024;
  }

  /** The content type of the file, or a 400 naming {@code field}. */
  public String contentTypeOf(byte[] content, String field) {
    if (content == null || content.length == 0) {
      throw new InvalidFieldException(field, "Attach a file. " + whatToSend);
    }
    if (content.length > maxBytes()) {
      throw new InvalidFieldException(field, "The file may be at most " + maxMegabytes + " MB.");
    }
    return recognised(content)
        .filter(accepted::contains)
        .map(type -> type.contentType)
        .orElseThrow(() -> new InvalidFieldException(field, whatToSend));
  }

  static Optional<Type> recognised(byte[] content) {
    return Arrays.stream(Type.values()).filter(type -> type.matches(content)).findFirst();
  }
}
