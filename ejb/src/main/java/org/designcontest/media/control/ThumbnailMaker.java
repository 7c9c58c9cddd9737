package org.designcontest.media.control;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.designcontest.media.entity.ImageSize;
import org.designcontest.media.entity.Thumbnails;
import org.designcontest.platform.boundary.InvalidFieldException;

/**
 * Makes an image's grid and large copies at upload and stores them: scaled to fit (never up), in
 * steps of halves for quality, in the format {@link Thumbnails#contentTypeOf} names. An image that
 * cannot be decoded is refused, whatever its first bytes said.
 */
@ApplicationScoped
public class ThumbnailMaker {

  // WebP is read through TwelveMonkeys' reader, used directly rather than registered in ImageIO's
  // JVM-wide registry, which would keep this application's classes after an undeploy
  private static final WebPImageReaderSpi WEBP = new WebPImageReaderSpi();

  private static final Logger LOG = Logger.getLogger(ThumbnailMaker.class.getName());

  @Inject MediaStore media;

  /** The stored copies of an image whose (checked) content type is {@code contentType}. */
  public Thumbnails make(byte[] image, String contentType, String field) {
    BufferedImage original = decode(image, field);
    String format = Thumbnails.contentTypeOf(contentType);
    return new Thumbnails(
        media.put(encode(scaled(original, ImageSize.GRID.maxPixels), format)),
        media.put(encode(scaled(original, ImageSize.LARGE.maxPixels), format)));
  }

  static BufferedImage decode(byte[] image, String field) {
    try {
      BufferedImage decoded = isWebp(image) ? readWebp(image) : ImageIO.read(stream(image));
      if (decoded == null) {
        throw new IOException("no reader takes it");
      }
      return decoded;
    } catch (IOException | RuntimeException e) {
      LOG.fine(() -> "image not decoded: " + e);
      throw new InvalidFieldException(field, "The image could not be read: send a whole image.");
    }
  }

  private static boolean isWebp(byte[] image) throws IOException {
    try (ImageInputStream input = ImageIO.createImageInputStream(stream(image))) {
      return WEBP.canDecodeInput(input);
    }
  }

  private static BufferedImage readWebp(byte[] image) throws IOException {
    ImageReader reader = WEBP.createReaderInstance();
    try (ImageInputStream input = ImageIO.createImageInputStream(stream(image))) {
      reader.setInput(input);
      return reader.read(0);
    } finally {
      reader.dispose();
    }
  }

  private static ByteArrayInputStream stream(byte[] image) {
    return new ByteArrayInputStream(image);
  }

  /** The image fitting into {@code max} × {@code max}, halving first, then one last step. */
  static BufferedImage scaled(BufferedImage image, int max) {
    double factor = Math.min(1.0, (double) max / Math.max(image.getWidth(), image.getHeight()));
    int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
    int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
    BufferedImage current = normalised(image);
    while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
      current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
    }
    return current.getWidth() == width && current.getHeight() == height
        ? current
        : draw(current, width, height);
  }

  private static BufferedImage normalised(BufferedImage image) {
    int type = hasAlpha(image) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    return image.getType() == type ? image : draw(image, image.getWidth(), image.getHeight());
  }

  private static BufferedImage draw(BufferedImage source, int width, int height) {
    BufferedImage target =
        new BufferedImage(
            width,
            height,
            hasAlpha(source) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return target;
  }

  private static boolean hasAlpha(BufferedImage image) {
    return image.getColorModel().hasAlpha();
  }

  /** As PNG, or JPEG (quality 0.85). */
  static byte[] encode(BufferedImage image, String contentType) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (contentType.equals("image/png")) {
        ImageIO.write(image, "png", out);
      } else {
        ImageWriter jpeg = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
          ImageWriteParam quality = jpeg.getDefaultWriteParam();
          quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
          quality.setCompressionQuality(0.85f);
          jpeg.setOutput(stream);
          jpeg.write(null, new IIOImage(image, null, null), quality);
        } finally {
          jpeg.dispose();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
