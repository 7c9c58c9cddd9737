package org.designcontest.it.support;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Logo-like PNGs for gallery tests and screenshots: a soft background, a shape and a second colour
 * that depend on {@code seed}, so that every picture differs (bytes and looks).
 */
public final class Artwork {

  private Artwork() {}

  public static byte[] png(int seed, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    float hue = (seed * 0.137f) % 1f;
    Color main = Color.getHSBColor(hue, 0.65f, 0.85f);
    Color second = Color.getHSBColor((hue + 0.45f) % 1f, 0.55f, 0.75f);
    g.setPaint(new GradientPaint(0, 0, Color.WHITE, width, height, new Color(0xeef1f6)));
    g.fillRect(0, 0, width, height);
    int size = Math.min(width, height) * 3 / 5;
    int x = (width - size) / 2;
    int y = (height - size) / 2;
    g.setColor(main);
    switch (seed % 4) {
      case 0 -> g.fillOval(x, y, size, size);
      case 1 -> g.fillRoundRect(x, y, size, size, size / 4, size / 4);
      case 2 ->
          g.fillPolygon(
              new int[] {x + size / 2, x + size, x}, new int[] {y, y + size, y + size}, 3);
      default -> g.fillArc(x, y, size, size, 30, 300);
    }
    g.setColor(second);
    g.setStroke(new BasicStroke(Math.max(2, size / 12f)));
    g.drawOval(x + size / 4, y + size / 4, size / 2, size / 2);
    g.setColor(new Color(seed * 7919 % 256, 40, 90));
    g.fillRect(seed % (width - 4), height - 4, 4, 4); // the bytes differ even for equal looks
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
