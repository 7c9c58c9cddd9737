package org.designcontest.media.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.designcontest.media.entity.ImageSize;
import org.designcontest.media.entity.Thumbnails;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.junit.jupiter.api.Test;

class ThumbnailMakerTest {

  /** A media store in memory: what was put, by key. */
  static final class MemoryStore implements MediaStore {
    final Map<String, byte[]> files = new HashMap<>();
    final List<String> keys = new ArrayList<>();

    @Override
    public String put(byte[] content) {
      String key = "k" + files.size();
      files.put(key, content);
      keys.add(key);
      return key;
    }

    @Override
    public InputStream open(String key) {
      return new ByteArrayInputStream(files.get(key));
    }
  }

  private final MemoryStore store = new MemoryStore();

  private final ThumbnailMaker maker = maker(store);

  private static ThumbnailMaker maker(MediaStore store) {
    ThumbnailMaker maker = new ThumbnailMaker();
    maker.media = store;
    return maker;
  }

  @Test
  void aLargePngGetsAGridAndALargeCopyThatFitAndKeepItsShape() throws IOException {
    Thumbnails thumbnails = maker.make(png(2600, 1300, false), "image/png", "file");

    BufferedImage grid = stored(thumbnails, ImageSize.GRID);
    BufferedImage large = stored(thumbnails, ImageSize.LARGE);
    assertThat(new int[] {grid.getWidth(), grid.getHeight()}).containsExactly(320, 160);
    assertThat(new int[] {large.getWidth(), large.getHeight()}).containsExactly(1280, 640);
    assertThat(Thumbnails.contentTypeOf("image/png")).isEqualTo("image/png");
  }

  @Test
  void aSmallImageIsNotBlownUpAndAJpegStaysJpeg() throws IOException {
    Thumbnails thumbnails = maker.make(jpeg(200, 120), "image/jpeg", "file");

    byte[] grid = store.files.get(thumbnails.keyOf(ImageSize.GRID).orElseThrow());
    assertThat(Arrays.copyOf(grid, 3)).containsExactly(0xFF, 0xD8, 0xFF);
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(grid));
    assertThat(new int[] {decoded.getWidth(), decoded.getHeight()}).containsExactly(200, 120);
  }

  @Test
  void aWebpIsReadAndItsCopiesArePngWithTheirTransparency() throws IOException {
    byte[] webp;
    try (InputStream in = getClass().getResourceAsStream("/media/entry-600x300.webp")) {
      webp = in.readAllBytes();
    }
    Thumbnails thumbnails = maker.make(webp, "image/webp", "file");

    BufferedImage grid = stored(thumbnails, ImageSize.GRID);
    assertThat(new int[] {grid.getWidth(), grid.getHeight()}).containsExactly(320, 160);
    assertThat(grid.getColorModel().hasAlpha()).isTrue();
    assertThat(grid.getRGB(160, 80) >>> 24).as("the transparent middle").isLessThan(10);
  }

  @Test
  void bytesThatOnlyStartLikeAnImageAreRefusedAndNothingIsStored() {
    byte[] png = png(100, 100, false);
    byte[] broken = Arrays.copyOf(png, 40);

    assertThatThrownBy(() -> maker.make(broken, "image/png", "file"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("could not be read");
    assertThat(store.files).isEmpty();
  }

  private BufferedImage stored(Thumbnails thumbnails, ImageSize size) throws IOException {
    return ImageIO.read(store.open(thumbnails.keyOf(size).orElseThrow()));
  }

  private static byte[] png(int width, int height, boolean alpha) {
    return encode(
        new BufferedImage(
            width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB),
        "png");
  }

  private static byte[] jpeg(int width, int height) {
    return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
  }

  private static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
