package dev.entente.io;

import dev.entente.io.Positions.Position;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON Lines one line at a time, each line a document of its own, so that memory stays
 * constant and every error names its line.
 *
 * <p>The rule: every line holds exactly one record. A line ends at {@code \n}; a {@code \r} before
 * it is white space of the line, so that files with {@code \r\n} read, but a {@code \r} alone ends
 * no line. The last line may lack its {@code \n}. A line that is empty or holds only white space is
 * refused wherever it is, at the end too; an input without any byte holds no records.
 *
 * <p>One parser reads line after line, fed each line from this reader's buffer through a {@link
 * LineFeed}, so that the reader still finds and checks every line itself; a parser is made anew
 * after a line it could not read, and after each megabyte, so that its table of the field names it
 * met stays small.
 */
final class JsonLinesReader<T> extends Spliterators.AbstractSpliterator<T> {
  private static final int FIRST_BUFFER = 65_536;
  private static final int ENCODING_LOOKAHEAD = 4;

  /**
   * How much a parser reads before the next line gets a new one: a parser keeps every field name it
   * met in a table, and unknown fields of a lenient reader may name anything.
   */
  private static final long BYTES_PER_PARSER = 1 << 20;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private final InputStream input;
  private final JsonFactory factory;
  private final Codec<T> codec;
  private final boolean ignoreUnknownFields;
  private final long maxLineLength;
  private byte[] buffer = new byte[FIRST_BUFFER];

  /** Where the next line begins in the buffer, and where the bytes read so far end. */
  private int lineStart;

  private int filled;
  private boolean atEnd;
  private int lineNumber;

  /** Where the line last taken ends, its line end included: the bytes the parser is fed. */
  private int lineFedEnd;

  private final LineFeed feed = new LineFeed();

  /** The parser reading the lines; null before the first and after a line it could not read. */
  private @Nullable JsonParser parser;

  private int parsersMade;

  /** A reader of a stream, which reads nothing until one of its streams is consumed. */
  JsonLinesReader(
      InputStream input,
      JsonFactory factory,
      Codec<T> codec,
      boolean ignoreUnknownFields,
      long maxLineLength) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.input = input;
    this.factory = factory;
    this.codec = codec;
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.maxLineLength = maxLineLength;
  }

  /**
   * The records of a stream, read as the stream is consumed; input that begins in another encoding
   * than UTF-8 is refused at once.
   */
  Stream<T> records() {
    checkEncoding();
    return StreamSupport.stream(this, false).onClose(this::closeParser);
  }

  /**
   * Every line of a stream as read, a record or the error that refused it, reading on after an
   * invalid line; input that begins in another encoding than UTF-8 is one refused line. Only a
   * failure to read the stream ends it early, with an {@link EntenteJsonException.Kind#IO} error.
   */
  Stream<JsonLine<T>> outcomes() {
    JsonLinesReader<T> reader = this;
    try {
      checkEncoding();
    } catch (EntenteJsonException notUtf8) {
      return Stream.of(JsonLine.refused(1, notUtf8));
    }
    Spliterator<JsonLine<T>> lines =
        new Spliterators.AbstractSpliterator<>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super JsonLine<T>> action) {
            JsonLine<T> line = reader.nextOutcome();
            if (line == null) {
              return false;
            }
            action.accept(line);
            return true;
          }
        };
    return StreamSupport.stream(lines, false).onClose(this::closeParser);
  }

  private void checkEncoding() {
    while (filled < ENCODING_LOOKAHEAD && !atEnd) {
      fill();
    }
    if (Source.line(buffer, 0, filled, 1).beginsLikeAnotherEncoding()) {
      throw EntenteJsonException.notUtf8(new Position(1, 1));
    }
  }

  /** The next line, read or refused; null after the last. A line too long is skipped. */
  private @Nullable JsonLine<T> nextOutcome() {
    Source line;
    try {
      line = nextLine();
    } catch (EntenteJsonException e) {
      if (e.kind() == EntenteJsonException.Kind.IO) {
        throw e;
      }
      skipRestOfLine();
      return JsonLine.refused(lineNumber, e);
    }
    if (line == null) {
      closeParser();
      return null;
    }
    try {
      return JsonLine.of(lineNumber, read(line));
    } catch (EntenteJsonException e) {
      return JsonLine.refused(lineNumber, e);
    }
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    Source line = nextLine();
    if (line == null) {
      closeParser();
      return false;
    }
    action.accept(read(line));
    return true;
  }

  private T read(Source line) {
    if (line.isBlank()) {
      throw EntenteJsonException.blankLine(lineNumber, line.length() == 0);
    }
    if (lineNumber > 1 && line.beginsWithByteOrderMark()) {
      throw EntenteJsonException.byteOrderMarkInside(lineNumber);
    }
    // The first line's start was checked when the stream was made.
    if (lineNumber > 1 && line.beginsLikeAnotherEncoding()) {
      throw EntenteJsonException.notUtf8(new Position(lineNumber, 1));
    }
    if (feed.handedOut() > BYTES_PER_PARSER) {
      closeParser();
    }
    feed.set(buffer, line.start, lineFedEnd);
    if (parser == null) {
      feed.restart();
    }
    Source placed = Source.line(buffer, line.start, line.end, lineNumber, feed.handedOut());
    JsonParser parser = parser();
    JsonInput in = new JsonInput(parser, ignoreUnknownFields, placed);
    try {
      parser.nextToken();
      T record = codec.read(in);
      if (!placed.isBlankFrom(placed.index(parser.currentLocation()))) {
        // Another value or a token that is none: the parser tells which, and where.
        parser.nextToken();
        throw EntenteJsonException.secondValueOnLine(in.path(), in.here(), lineNumber);
      }
      return record;
    } catch (JacksonException e) {
      // Placed before reading on, which may reuse the buffer that holds the line.
      EntenteJsonException error = in.translate(e);
      closeParser();
      if (JacksonAdapter.endsInsideTheValue(e) && anotherLineFollows()) {
        throw EntenteJsonException.recordAcrossLines(in.path(), lineNumber, e);
      }
      throw error;
    } catch (RuntimeException e) {
      closeParser();
      throw e;
    }
  }

  /** The parser that read the lines before, or a new one, which reads the feed from its start. */
  private JsonParser parser() {
    JsonParser reading = parser;
    if (reading == null) {
      reading = factory.createParser(ObjectReadContext.empty(), feed);
      parser = reading;
      parsersMade++;
    }
    return reading;
  }

  /** The number of parsers made so far to read the lines. */
  int parsersMade() {
    return parsersMade;
  }

  private void closeParser() {
    if (parser != null) {
      parser.close();
      parser = null;
    }
  }

  /** Tells whether any byte follows the line just read, reading on to find out. */
  private boolean anotherLineFollows() {
    while (lineStart >= filled && !atEnd) {
      makeRoom();
      fill();
    }
    return lineStart < filled;
  }

  /** The next line, without its {@code \n}; null after the last one. */
  private @Nullable Source nextLine() {
    int scanned = 0; // bytes of the line looked at so far, none of them \n
    while (true) {
      int newline = indexOfNewline(buffer, lineStart + scanned, filled);
      if (newline >= 0) {
        return takeLine(newline, newline + 1);
      }
      scanned = filled - lineStart;
      if (atEnd) {
        return scanned > 0 ? takeLine(filled, filled) : null;
      }
      checkLength(filled);
      makeRoom();
      fill();
    }
  }

  /** Reads past the next {@code \n}, or to the end, keeping none of the bytes. */
  private void skipRestOfLine() {
    int newline = indexOfNewline(buffer, lineStart, filled);
    while (newline < 0 && !atEnd) {
      lineStart = filled;
      makeRoom();
      fill();
      newline = indexOfNewline(buffer, lineStart, filled);
    }
    lineStart = newline < 0 ? filled : newline + 1;
    lineNumber++;
  }

  /**
   * The index of the first {@code \n} in {@code [from, to)}, or -1: eight bytes at a time, each
   * word tested for a byte equal to {@code \n} at once, since every byte of the input is looked at.
   */
  static int indexOfNewline(byte[] bytes, int from, int to) {
    int at = from;
    for (; at + Long.BYTES <= to; at += Long.BYTES) {
      long word = (long) LONGS.get(bytes, at) ^ NEWLINES;
      // The lowest byte of the word that was \n, and no other, becomes 0x80 here.
      long newlines = (word - LOW_BITS) & ~word & HIGH_BITS;
      if (newlines != 0) {
        return at + (Long.numberOfTrailingZeros(newlines) >>> 3);
      }
    }
    for (; at < to; at++) {
      if (bytes[at] == '\n') {
        return at;
      }
    }
    return -1;
  }

  private Source takeLine(int end, int next) {
    checkLength(end);
    lineNumber++;
    Source line = Source.line(buffer, lineStart, end, lineNumber);
    lineStart = next;
    lineFedEnd = next;
    return line;
  }

  private void checkLength(int end) {
    if (end - lineStart > maxLineLength) {
      Source line = Source.line(buffer, lineStart, end, lineNumber + 1);
      throw EntenteJsonException.lineTooLong(
          line.positionAt((int) (lineStart + maxLineLength)), lineNumber + 1, maxLineLength);
    }
  }

  /**
   * Moves the line being read to the start of the buffer, and makes the buffer larger if it is
   * full.
   */
  private void makeRoom() {
    if (lineStart > 0) {
      System.arraycopy(buffer, lineStart, buffer, 0, filled - lineStart);
      filled -= lineStart;
      lineStart = 0;
    }
    if (filled == buffer.length) {
      buffer =
          Arrays.copyOf(
              buffer, (int) Math.min(2L * buffer.length, JsonSettings.LONGEST_DOCUMENT + 1));
    }
  }

  private void fill() {
    try {
      int read = input.read(buffer, filled, buffer.length - filled);
      if (read < 0) {
        atEnd = true;
      } else {
        filled += read;
      }
    } catch (IOException e) {
      Position where = Source.line(buffer, lineStart, filled, lineNumber + 1).positionAt(filled);
      throw EntenteJsonException.lineReadFailed(where, e);
    }
  }
}
