package org.designcontest.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.designcontest.media.control.FileCheck;
import org.junit.jupiter.api.Test;

class DemoEntriesTest {

  @Test
  void everyPictureIsADistinctPngThatAnUploadTakes() throws IOException {
    Set<Integer> seen = new HashSet<>();
    for (DemoEntries.Picture picture : DemoEntries.Picture.values()) {
      byte[] png = picture.png(1200, 900);
      assertThat(FileCheck.IMAGE.contentTypeOf(png, "file")).isEqualTo("image/png");
      assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(1200);
      assertThat(seen.add(Arrays.hashCode(png))).as(picture.name()).isTrue();
    }
  }
}
