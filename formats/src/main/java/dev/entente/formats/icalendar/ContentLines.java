package dev.entente.formats.icalendar;

/**
 * Writes iCalendar content lines as RFC 5545 section 3.1 says: each ended by CRLF, and folded so
 * that no line is longer than 75 octets of UTF-8 (a folded line goes on after CRLF and a space),
 * never inside a character; and TEXT values escaped (section 3.3.11).
 */
final class ContentLines {
  private static final int MAX_OCTETS = 75;

  private final StringBuilder out = new StringBuilder();

  /** Adds a line whose value is already in its property's form (a date, a number, a code). */
  ContentLines line(String nameAndParameters, String value) {
    String line = nameAndParameters + ":" + value;
    int octets = 0;
    int limit = MAX_OCTETS;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int size = utf8Octets(codePoint);
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 0;
        limit = MAX_OCTETS - 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
    return this;
  }

  private static int utf8Octets(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }

  /** Adds a line whose value is text, escaped. */
  ContentLines text(String name, String value) {
    return line(name, escaped(value));
  }

  static String escaped(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', ';', ',' -> escaped.append('\\').append(c);
        case '\n' -> escaped.append("\\n");
        case '\r' -> {
          // A CR is written with its LF as \n; a lone CR as \n too.
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            escaped.append("\\n");
          }
        }
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
