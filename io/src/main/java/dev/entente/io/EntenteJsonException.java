package dev.entente.io;

import dev.entente.InvalidRecordException;
import dev.entente.Problem;
import dev.entente.io.Positions.Position;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;

/**
 * The one exception of Entente's JSON reading and writing: what kind of problem, where (the JSON
 * path, line and column) and a message a person understands.
 *
 * <p>For example: {@code $.conversations[0].when.start (line 12, column 18): "2021-12-30T15:35" has
 * no UTC offset: a moment needs one, such as "2021-12-30T15:35Z" or "2021-12-30T15:35-05:00"}.
 *
 * <p>Lines count from 1; columns count characters (Unicode code points) from 1, for every form of
 * input the facade reads: bytes, streams, files and text alike. An error that concerns no place in
 * the input, such as a file that cannot be opened or a stream that cannot be written, has no
 * location: {@link #hasLocation()} is false, and {@link #line()} and {@link #column()} are 0.
 *
 * <p>It is a {@link JacksonException}, so that frameworks which answer Jackson's exceptions as bad
 * input (a Spring controller's 400, say) answer Entente's the same way, and an application's mapper
 * passes it on as it is. {@link #getMessage()} is Entente's message, as above; {@link
 * #getLocation()} gives the same line and column.
 */
public final class EntenteJsonException extends JacksonException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, so that callers can branch on it. */
  public enum Kind {
    /** The input holds no JSON value at all: it is empty or white space only. */
    EMPTY_INPUT,
    /** The input is not well-formed JSON. */
    MALFORMED_JSON,
    /** The input ends before its JSON value does. */
    TRUNCATED,
    /** Something follows the JSON value. */
    TRAILING_CONTENT,
    /**
     * A value has the wrong JSON type, such as a number where a string belongs, or {@code null}.
     */
    WRONG_TYPE,
    /** A required field is missing. */
    MISSING_FIELD,
    /** A field the format does not know. */
    UNKNOWN_FIELD,
    /** The same key twice in one object. */
    DUPLICATE_KEY,
    /** A value of the right JSON type that is not valid: a date, a duration, a word, a code. */
    INVALID_VALUE,
    /** A record that breaks one of its own rules. */
    INVALID_RECORD,
    /** Records that break rules across records, such as references to unknown ids: all listed. */
    INVALID_DOSSIER,
    /** A format version this library does not read. */
    UNSUPPORTED_VERSION,
    /**
     * Input beyond a limit: nesting depth, or the length of a string, a name, a number, a document.
     */
    LIMIT_EXCEEDED,
    /** Reading or writing the underlying stream or file failed. */
    IO
  }

  /** What went wrong. */
  private final Kind kind;

  /** Where, as a JSON path such as {@code $.talks[2].venue.country}. */
  private final String path;

  /** The line, from 1, or 0 without a location. */
  private final int line;

  /** The column in characters, from 1, or 0 without a location. */
  private final int column;

  /** The message without the location. */
  private final String reason;

  /** The problems across records, for {@link Kind#INVALID_DOSSIER}. */
  private final transient List<Problem> problems;

  private EntenteJsonException(
      Kind kind,
      String path,
      Position position,
      String reason,
      List<Problem> problems,
      @Nullable Throwable cause) {
    super(describe(path, position.line(), position.column(), reason), location(position), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.path = Objects.requireNonNull(path, "path");
    this.line = position.line();
    this.column = position.column();
    this.reason = Objects.requireNonNull(reason, "reason");
    this.problems = List.copyOf(problems);
  }

  // Every way reading and writing can fail, one factory each: callers never build messages.

  /** The input holds no JSON value: it is empty, or white space only. */
  static EntenteJsonException emptyInput(Position at, boolean whiteSpaceOnly) {
    String reason =
        whiteSpaceOnly ? "the input holds only white space, no JSON value" : "the input is empty";
    return inDocument(Kind.EMPTY_INPUT, at, reason);
  }

  /** Input that begins like UTF-16 or UTF-32 rather than UTF-8. */
  static EntenteJsonException notUtf8(Position at) {
    return inDocument(
        Kind.MALFORMED_JSON,
        at,
        "the input is not UTF-8: it begins with a zero byte or a UTF-16 or UTF-32 byte-order mark");
  }

  /** An error of Jackson's parser or generator, in the kind and words the adapter gives it. */
  static EntenteJsonException fromJackson(
      Kind kind, String path, Position at, String reason, JacksonException cause) {
    return of(kind, path, at, reason, cause);
  }

  /** Something that is not JSON follows the document's value. */
  static EntenteJsonException notJsonAfter(Position at, String value, Throwable cause) {
    return of(Kind.TRAILING_CONTENT, "$", at, "something that is not JSON follows " + value, cause);
  }

  /** A second value follows the document's value. */
  static EntenteJsonException valueAfter(Position at, String found, String value) {
    String reason = found + " follows " + value + "; a document holds one value";
    return inDocument(Kind.TRAILING_CONTENT, at, reason);
  }

  /** A line of JSON Lines that is empty or blank. */
  static EntenteJsonException blankLine(int line, boolean empty) {
    String reason =
        "line "
            + line
            + " is "
            + (empty ? "empty" : "blank")
            + ": each line of JSON Lines holds one record";
    return inDocument(Kind.MALFORMED_JSON, new Position(line, 1), reason);
  }

  /** A line of JSON Lines after the first that begins with a byte-order mark. */
  static EntenteJsonException byteOrderMarkInside(int line) {
    String reason =
        "line "
            + line
            + " begins with a byte-order mark, which only the start of the input may hold";
    return inDocument(Kind.MALFORMED_JSON, new Position(line, 1), reason);
  }

  /** A line of JSON Lines that holds a second value after its record. */
  static EntenteJsonException secondValueOnLine(String path, Position at, int line) {
    return of(
        Kind.MALFORMED_JSON, path, at, "line " + line + " holds more than one JSON value", null);
  }

  /** A record of JSON Lines that goes on past the end of its line. */
  static EntenteJsonException recordAcrossLines(String path, int line, Throwable cause) {
    String reason =
        "a JSON Lines record must stand on one line, but the record of line "
            + line
            + " goes on after it";
    return of(Kind.MALFORMED_JSON, path, new Position(line, 1), reason, cause);
  }

  /** A value of the wrong JSON type. */
  static EntenteJsonException wrongType(String path, Position at, String expected, String found) {
    return of(Kind.WRONG_TYPE, path, at, "expected " + expected + " but found " + found, null);
  }

  /** {@code null} inside a value, where a field is left out instead. */
  static EntenteJsonException nullInside(String path, Position at, String expected) {
    String reason =
        "null is not a value here: leave the field out instead (expected " + expected + ")";
    return of(Kind.WRONG_TYPE, path, at, reason, null);
  }

  /** {@code null} where an application's mapper reads one of the format's values. */
  static EntenteJsonException nullValue(Position at, String value, String type) {
    return inDocument(Kind.WRONG_TYPE, at, "null is not " + value + " (" + type + ")");
  }

  /** A field the format does not know. */
  static EntenteJsonException unknownField(
      String path, Position at, String name, String where, String knownFields) {
    String reason =
        "unknown field \"" + name + "\" in " + where + "; its fields are " + knownFields;
    return of(Kind.UNKNOWN_FIELD, path, at, reason, null);
  }

  /** The same key twice in one object. */
  static EntenteJsonException duplicateKey(String path, Position at, String key, String where) {
    return of(
        Kind.DUPLICATE_KEY, path, at, "the key \"" + key + "\" appears twice in " + where, null);
  }

  /** Required fields left out of a value. */
  static EntenteJsonException missingFields(
      String path, Position at, String value, List<String> names) {
    String quoted =
        names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
    String fields = names.size() == 1 ? "the field " : "the fields ";
    return of(Kind.MISSING_FIELD, path, at, value + " needs " + fields + quoted, null);
  }

  /**
   * A value its own type refuses, such as a time without an offset; the type's message is the
   * reason.
   */
  static EntenteJsonException invalidValue(String path, Position at, RuntimeException cause) {
    return of(Kind.INVALID_VALUE, path, at, messageOf(cause), cause);
  }

  /** A word that is none of the words a field takes. */
  static EntenteJsonException notOneOf(String path, Position at, String word, String words) {
    return of(Kind.INVALID_VALUE, path, at, "\"" + word + "\" is not one of " + words, null);
  }

  /** A format version not written as the format writes versions. */
  static EntenteJsonException notAFormatVersion(
      String path, Position at, String version, String example) {
    String reason =
        "\""
            + version
            + "\" is not a format version such as \""
            + example
            + "\": major.minor, two numbers without leading zeros";
    return of(Kind.INVALID_VALUE, path, at, reason, null);
  }

  /** A format version this library does not read. */
  static EntenteJsonException unsupportedVersion(
      String path, Position at, String version, int readsMajor, String writes) {
    String reason =
        "this dossier has format version "
            + version
            + "; this library reads versions "
            + readsMajor
            + ".x and writes "
            + writes;
    return of(Kind.UNSUPPORTED_VERSION, path, at, reason, null);
  }

  /** A record that breaks one of its own rules, placed at the field the record names. */
  static EntenteJsonException invalidRecord(
      String path, Position at, InvalidRecordException cause) {
    return of(Kind.INVALID_RECORD, path, at, messageOf(cause), cause);
  }

  /** Records that break rules across records, placed at the first problem's record. */
  static EntenteJsonException invalidDossier(
      String path, Position at, String reason, List<Problem> problems, Throwable cause) {
    return new EntenteJsonException(Kind.INVALID_DOSSIER, path, at, reason, problems, cause);
  }

  /** A name or string longer than its limit, refused in the words Jackson uses for its own. */
  static EntenteJsonException tooLong(
      String path, Position at, String what, int length, int limit) {
    return beyondLimit(
        path, at, what + " length (" + length + ") exceeds the maximum allowed (" + limit + ")");
  }

  /** A document longer than the longest a reader takes. */
  static EntenteJsonException documentTooLong(Position at, long limit, String units) {
    return beyondLimit("$", at, "the document is longer than " + limit + " " + units);
  }

  /** A line of JSON Lines longer than the longest a reader takes. */
  static EntenteJsonException lineTooLong(Position at, int line, long limit) {
    return beyondLimit("$", at, "line " + line + " is longer than " + limit + " bytes");
  }

  /** A stream that failed after part of the input was read. */
  static EntenteJsonException readFailedAfter(Position at, int bytes, IOException cause) {
    return of(
        Kind.IO, "$", at, "reading the input failed after " + bytes + " bytes: " + cause, cause);
  }

  /** A stream that failed while a line of JSON Lines was read. */
  static EntenteJsonException lineReadFailed(Position at, IOException cause) {
    return of(Kind.IO, "$", at, "reading line " + at.line() + " failed: " + cause, cause);
  }

  /**
   * A file or stream that failed, at no place in any input, such as a file that cannot be opened.
   */
  static EntenteJsonException ioFailure(String what, IOException cause) {
    return of(Kind.IO, "$", Position.NONE, what + ": " + cause, cause);
  }

  private static EntenteJsonException beyondLimit(String path, Position at, String what) {
    return of(Kind.LIMIT_EXCEEDED, path, at, "the input is beyond a limit: " + what, null);
  }

  /** An error of the document as a whole, at the root's path, caused by nothing else. */
  private static EntenteJsonException inDocument(Kind kind, Position at, String reason) {
    return of(kind, "$", at, reason, null);
  }

  private static EntenteJsonException of(
      Kind kind, String path, Position at, String reason, @Nullable Throwable cause) {
    return new EntenteJsonException(kind, path, at, reason, List.of(), cause);
  }

  private static String messageOf(RuntimeException cause) {
    return Objects.requireNonNullElse(cause.getMessage(), cause.toString());
  }

  private static TokenStreamLocation location(Position position) {
    if (position.line() < 1) {
      return TokenStreamLocation.NA;
    }
    return new TokenStreamLocation(
        ContentReference.unknown(), -1, -1, position.line(), position.column());
  }

  /**
   * Returns the message: the path, the line and column when there is a location, and the reason;
   * when the error was raised inside an application's own type, the mapper's reference chain
   * follows, as Jackson gives it.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    String message = getOriginalMessage();
    return getPath().isEmpty() ? message : message + " (in " + getPathReference() + ")";
  }

  @Override
  public String getLocalizedMessage() {
    return getMessage();
  }

  private static String describe(String path, int line, int column, String reason) {
    StringBuilder message = new StringBuilder(path);
    if (line > 0) {
      message.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return message.append(": ").append(reason).toString();
  }

  /**
   * Returns what went wrong.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns where the problem is, as a JSON path from the document's root, such as {@code
   * $.conversations[0].participants[1]}; {@code $} for the document itself.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Tells whether the error has a place in the input: false when it concerns none, as when a file
   * cannot be opened, when writing, or when the module reads from a tree rather than from text.
   *
   * @return whether {@link #line()} and {@link #column()} tell a place
   */
  public boolean hasLocation() {
    return line > 0;
  }

  /**
   * Returns the line of the problem, counted from 1.
   *
   * @return the line, or 0 when the error {@linkplain #hasLocation() has no location}
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the problem, counted in characters (Unicode code points) from 1.
   *
   * @return the column, or 0 when the error {@linkplain #hasLocation() has no location}
   */
  public int column() {
    return column;
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns every problem across records, for a dossier that breaks such rules.
   *
   * @return the problems of an {@link Kind#INVALID_DOSSIER} error; empty for other kinds
   */
  public List<Problem> problems() {
    return problems;
  }
}
