package dev.entente.io;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * An input held whole in memory, as the facade reads it: a document of UTF-8 bytes or of text, or
 * one line of JSON Lines. Its places are counted in characters from its start, whatever its form.
 */
abstract class Source implements Positions {
  /** The first index of the input and the index just past its last unit. */
  final int start;

  final int end;

  /** The number of the line this input is, when it is one line of JSON Lines; 0 for a document. */
  private final int lineNumber;

  private Source(int start, int end, int lineNumber) {
    this.start = start;
    this.end = end;
    this.lineNumber = lineNumber;
  }

  /** Text, read by Jackson's character parser. */
  static Source of(String text) {
    return new Text(text);
  }

  /** The first {@code length} UTF-8 bytes of an array, read by Jackson's byte parser. */
  static Source of(byte[] bytes, int length) {
    return new Bytes(bytes, 0, length, 0, 0);
  }

  /**
   * One line of JSON Lines, {@code [start, end)} of a buffer, without its line end: one line by
   * definition, so that a carriage return inside it, which Jackson counts as a line end, does not
   * end it.
   */
  static Source line(byte[] buffer, int start, int end, int lineNumber) {
    return line(buffer, start, end, lineNumber, 0);
  }

  /**
   * One line of JSON Lines read by a parser that read {@code offset} bytes of the same stream
   * before it, where Jackson's byte offsets count from.
   */
  static Source line(byte[] buffer, int start, int end, int lineNumber, long offset) {
    return new Bytes(buffer, start, end, lineNumber, offset);
  }

  /** Opens a parser on this input with one of the facade's factories. */
  abstract JsonParser open(JsonFactory factory);

  /**
   * Tells whether the input begins like UTF-16 or UTF-32 rather than UTF-8, which Jackson would
   * guess from its first four bytes and decode as such: a zero byte among them, which UTF-8 JSON
   * cannot hold unescaped, or a UTF-16 or UTF-32 byte-order mark, whose bytes {@code FE} and {@code
   * FF} never occur in UTF-8. Text has no encoding to guess.
   */
  boolean beginsLikeAnotherEncoding() {
    return false;
  }

  /** Tells whether the input begins with the byte-order mark of UTF-8, {@code EF BB BF}. */
  boolean beginsWithByteOrderMark() {
    return false;
  }

  /** Tells whether the input holds nothing but JSON's white space. */
  final boolean isBlank() {
    return isBlankFrom(start);
  }

  /** Tells whether the input holds nothing but JSON's white space from an index on. */
  final boolean isBlankFrom(int index) {
    for (int i = index; i < end; i++) {
      int unit = unitAt(i);
      if (unit != ' ' && unit != '\t' && unit != '\r' && unit != '\n') {
        return false;
      }
    }
    return true;
  }

  /** The number of units of the input: bytes or UTF-16 characters. */
  final int length() {
    return end - start;
  }

  /** What its length counts, for messages: "bytes" or "characters". */
  abstract String units();

  /** The unit at an index. */
  abstract int unitAt(int index);

  /** The number of characters from index {@code from} to index {@code to}. */
  abstract int characters(int from, int to);

  /** The index in the input of a location's offset. */
  abstract int index(TokenStreamLocation location);

  @Override
  public final Position position(@Nullable TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return Position.NONE;
    }
    return positionOn(location.getLineNr(), clampedIndex(location));
  }

  private int clampedIndex(TokenStreamLocation location) {
    return Math.min(Math.max(index(location), start), end);
  }

  /**
   * The place of an index on a line whose number Jackson counted: its column is counted here, from
   * the last line end before it, so that it does not depend on how Jackson counts columns.
   */
  private Position positionOn(int line, int index) {
    return new Position(
        lineNumber > 0 ? lineNumber : line, characters(lineStart(index), index) + 1);
  }

  /**
   * Where the line of an index begins: after the last line end before it, or the start of a line of
   * JSON Lines.
   */
  private int lineStart(int index) {
    if (lineNumber > 0) {
      return start;
    }
    int at = index;
    while (at > start && unitAt(at - 1) != '\n' && unitAt(at - 1) != '\r') {
      at--;
    }
    return at;
  }

  /**
   * The place of an index that no parser reported, such as the first unit past the longest
   * document: its line counted as Jackson counts lines, which {@code \n}, {@code \r} or both end.
   */
  final Position positionAt(int index) {
    int line = 1;
    for (int i = start; i < index; i++) {
      int unit = unitAt(i);
      if (unit == '\n' || (unit == '\r' && (i + 1 >= end || unitAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return positionOn(line, index);
  }

  @Override
  public final Position tokenStart(JsonParser parser, TokenShape shape) {
    TokenStreamLocation stop = parser.currentLocation();
    int index = clampedIndex(stop);
    int begin =
        switch (shape) {
          case BRACKET -> Math.max(start, index - 1);
          case NUMBER -> numberStart(index);
          case QUOTED -> quoteStart(index);
        };
    // Names, strings and numbers never span lines: the token begins on the line where the parser
    // stopped.
    return positionOn(stop.getLineNr(), begin);
  }

  @Override
  public final boolean findsOpeningBraces() {
    return true;
  }

  /**
   * Reads the input from its start (the line's, for a line of JSON Lines) to the closing brace,
   * keeping the brackets still open: the last is the opening brace. Only an object refused after it
   * was read asks, so the input is read again only for an error.
   */
  @Override
  public final Position openingBrace(TokenStreamLocation closingBrace) {
    int closing = clampedIndex(closingBrace);
    int[] open = new int[JsonSettings.MAX_NESTING_DEPTH + 1];
    int depth = 0;
    boolean inString = false;
    for (int at = start; at < closing; at++) {
      int unit = unitAt(at);
      if (inString) {
        if (unit == '\\') {
          at++;
        } else if (unit == '"') {
          inString = false;
        }
      } else if (unit == '"') {
        inString = true;
      } else if (unit == '{' || unit == '[') {
        open[depth++] = at;
      } else if (unit == '}' || unit == ']') {
        depth--;
      }
    }
    return positionAt(depth > 0 ? open[depth - 1] : closing);
  }

  private int numberStart(int index) {
    int at = index;
    while (at > start && isNumberUnit(unitAt(at - 1))) {
      at--;
    }
    return at;
  }

  private static boolean isNumberUnit(int unit) {
    return (unit >= '0' && unit <= '9')
        || unit == '-'
        || unit == '+'
        || unit == '.'
        || unit == 'e'
        || unit == 'E';
  }

  /**
   * The opening quote of the name or string that the parser stopped inside or just after. Jackson
   * stops anywhere from just after the opening quote to just after the closing one, so the line is
   * read from its start: names and strings never span lines, and on a line quotes open and close
   * strings in turn, a backslash inside a string escaping the unit after it.
   */
  private int quoteStart(int index) {
    int at = lineStart(index);
    int opening = at;
    boolean inString = false;
    for (; at < index; at++) {
      int unit = unitAt(at);
      if (inString && unit == '\\') {
        at++;
      } else if (unit == '"') {
        inString = !inString;
        if (inString) {
          opening = at;
        }
      }
    }
    return opening;
  }

  /** Text: Jackson's offsets and columns count UTF-16 units. */
  private static final class Text extends Source {
    private final String text;

    Text(String text) {
      super(0, text.length(), 0);
      this.text = text;
    }

    @Override
    String units() {
      return "characters";
    }

    @Override
    JsonParser open(JsonFactory factory) {
      return factory.createParser(ObjectReadContext.empty(), text);
    }

    @Override
    int unitAt(int index) {
      return text.charAt(index);
    }

    @Override
    int characters(int from, int to) {
      return Character.codePointCount(text, from, to);
    }

    @Override
    int index(TokenStreamLocation location) {
      return (int) location.getCharOffset();
    }
  }

  /**
   * UTF-8 bytes: Jackson's offsets and columns count bytes, from the start of what it was given, or
   * of the stream that it reads the bytes from.
   */
  private static final class Bytes extends Source {
    private final byte[] bytes;

    /** The byte offset, as the parser counts, of {@code start}. */
    private final long offset;

    Bytes(byte[] bytes, int start, int end, int lineNumber, long offset) {
      super(start, end, lineNumber);
      this.bytes = bytes;
      this.offset = offset;
    }

    @Override
    String units() {
      return "bytes";
    }

    @Override
    JsonParser open(JsonFactory factory) {
      return factory.createParser(ObjectReadContext.empty(), bytes, start, end - start);
    }

    @Override
    int unitAt(int index) {
      return bytes[index];
    }

    /** Every byte but a continuation byte ({@code 10xxxxxx}) begins a character. */
    @Override
    int characters(int from, int to) {
      int characters = 0;
      for (int i = from; i < to; i++) {
        if ((bytes[i] & 0xC0) != 0x80) {
          characters++;
        }
      }
      return characters;
    }

    @Override
    int index(TokenStreamLocation location) {
      return start + (int) (location.getByteOffset() - offset);
    }

    @Override
    boolean beginsLikeAnotherEncoding() {
      int lookahead = Math.min(end, start + 4);
      for (int i = start; i < lookahead; i++) {
        if (bytes[i] == 0) {
          return true;
        }
      }
      return lookahead - start >= 2
          && (bytes[start] & 0xFF) >= 0xFE
          && (bytes[start + 1] & 0xFF) >= 0xFE;
    }

    @Override
    boolean beginsWithByteOrderMark() {
      return end - start >= 3
          && (bytes[start] & 0xFF) == 0xEF
          && (bytes[start + 1] & 0xFF) == 0xBB
          && (bytes[start + 2] & 0xFF) == 0xBF;
    }
  }
}
