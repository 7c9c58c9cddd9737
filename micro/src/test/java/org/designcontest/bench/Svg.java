package org.designcontest.bench;

import java.util.Locale;

/**
 * The few SVG pieces the benchmark reports draw their charts with (no chart library): the document,
 * text, lines, polylines and a "nice" axis maximum. Shared by {@link Report} and {@link
 * ChatBenchmark}.
 */
final class Svg {

  private Svg() {}

  /** The opening tag with a white background; close with {@link #end()}. */
  static String start(double width, double height) {
    return String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0"
                + " %.0f %.0f\" font-family=\"sans-serif\" font-size=\"12\">%n",
            width,
            height,
            width,
            height)
        + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  }

  static String end() {
    return "</svg>\n";
  }

  /** A text at (x, y); {@code anchor} start, middle or end; {@code extra} more attributes. */
  static String text(double x, double y, String content, String anchor, String extra) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" %s>%s</text>%n",
        x,
        y,
        anchor,
        extra,
        content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
  }

  /** A line; {@code extra} more attributes (e.g. {@code stroke-dasharray="6 4"}). */
  static String line(double x1, double y1, double x2, double y2, String stroke, String extra) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" %s/>%n",
        x1,
        y1,
        x2,
        y2,
        stroke,
        extra);
  }

  /** A polyline through the points, given as "x,y x,y …". */
  static String polyline(CharSequence points, String stroke, double width, String extra) {
    return String.format(
        Locale.ROOT,
        "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\" %s points=\"%s\"/>%n",
        stroke,
        width,
        extra,
        points);
  }

  /** The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 times a power of ten that is ≥ value. */
  static double niceCeiling(double value) {
    if (value <= 0 || Double.isNaN(value)) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
