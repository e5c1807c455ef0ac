package dev.entente.formats.svg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds the text of an SVG document: elements, escaped text and attributes, rounded numbers. */
final class Svg {
  private final StringBuilder out = new StringBuilder();

  Svg(double width, double height, String title, String style) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(number(width))
        .append("\" height=\"")
        .append(number(height))
        .append("\" viewBox=\"0 0 ")
        .append(number(width))
        .append(' ')
        .append(number(height))
        .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
    element("title", title);
    out.append("<style>").append(escaped(style)).append("</style>\n");
  }

  /** Opens an element; attributes come as name, value pairs. */
  Svg open(String name, Object... attributes) {
    tag(name, attributes);
    out.append(">\n");
    return this;
  }

  Svg close(String name) {
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** Writes an element with no content. */
  Svg empty(String name, Object... attributes) {
    tag(name, attributes);
    out.append("/>\n");
    return this;
  }

  /** Writes an element with text content. */
  Svg element(String name, String text, Object... attributes) {
    tag(name, attributes);
    out.append('>').append(escaped(text)).append("</").append(name).append(">\n");
    return this;
  }

  private void tag(String name, Object... attributes) {
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      Object value = attributes[i + 1];
      String text = value instanceof Double d ? number(d) : String.valueOf(value);
      out.append(' ').append(attributes[i]).append("=\"").append(escaped(text)).append('"');
    }
  }

  String finish() {
    return out.append("</svg>\n").toString();
  }

  static void write(String svg, Path file) {
    try {
      Files.writeString(file, svg, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A coordinate to two decimals, without a needless fraction: {@code 12}, {@code 12.5}. */
  static String number(double value) {
    return BigDecimal.valueOf(value)
        .setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  static String escaped(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&apos;");
        default -> {
          // XML 1.0 allows no control character but tab, line feed and carriage return.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            escaped.append(c);
          } else {
            escaped.append('\uFFFD');
          }
        }
      }
    }
    return escaped.toString();
  }
}
