package org.designcontest.media.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.junit.jupiter.api.Test;

class FileCheckTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
  private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP = {'P', 'K', 3, 4, 0, 0};
  private static final byte[] WEBP = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII);

  @Test
  void theContentDecidesNotTheName() {
    assertThat(FileCheck.IMAGE.contentTypeOf(PNG, "file")).isEqualTo("image/png");
    assertThat(FileCheck.IMAGE.contentTypeOf(WEBP, "file")).isEqualTo("image/webp");
    assertThat(FileCheck.DOCUMENT.contentTypeOf(PDF, "file")).isEqualTo("application/pdf");
    assertThat(FileCheck.DELIVERABLE.contentTypeOf(ZIP, "file")).isEqualTo("application/zip");
  }

  @Test
  void eachPlaceTakesOnlyItsKinds() {
    assertThatThrownBy(() -> FileCheck.IMAGE.contentTypeOf(PDF, "file"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("PNG, JPEG or WebP");
    assertThatThrownBy(() -> FileCheck.DOCUMENT.contentTypeOf(ZIP, "file"))
        .isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(
            () ->
                FileCheck.DELIVERABLE.contentTypeOf(
                    "<script>".getBytes(StandardCharsets.US_ASCII), "file"))
        .isInstanceOf(InvalidFieldException.class);
  }

  @Test
  void emptyAndTooLargeAreRefused() {
    assertThatThrownBy(() -> FileCheck.IMAGE.contentTypeOf(new byte[0], "file"))
        .hasMessageContaining("Attach a file");
    byte[] large = new byte[FileCheck.IMAGE.maxBytes() + 1];
    System.arraycopy(PNG, 0, large, 0, PNG.length);
    assertThatThrownBy(() -> FileCheck.IMAGE.contentTypeOf(large, "file"))
        .hasMessageContaining("at most 10 MB");
    assertThat(FileCheck.DELIVERABLE.maxBytes()).isEqualTo(25 * 1024 * 1024);
  }

  @Test
  void fileNamesLoseFoldersAndQuotes() {
    assertThat(Uploads.safeFileName("C:\\fakepath\\logo \"final\".zip", "x"))
        .isEqualTo("logo _final_.zip");
    assertThat(Uploads.safeFileName("../../etc/passwd", "x")).isEqualTo("passwd");
    assertThat(Uploads.safeFileName(".htaccess", "x")).isEqualTo("x");
    assertThat(Uploads.safeFileName(null, "x")).isEqualTo("x");
  }
}
