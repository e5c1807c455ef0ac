package dev.entente.io;

import dev.entente.Problem;
import dev.entente.io.Positions.Position;
import java.util.List;
import java.util.Objects;
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
    /** A value has the wrong JSON type, such as a number where a string belongs, or {@code null}. */
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
    /** Input beyond a limit: nesting depth, or the length of a string, a name, a number, a document. */
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
      Kind kind, String path, Position position, String reason, List<Problem> problems, Throwable cause) {
    super(describe(path, position.line(), position.column(), reason), location(position), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.path = Objects.requireNonNull(path, "path");
    this.line = position.line();
    this.column = position.column();
    this.reason = Objects.requireNonNull(reason, "reason");
    this.problems = List.copyOf(problems);
  }

  /** An error at a place in the input. */
  static EntenteJsonException at(Kind kind, String path, Position position, String reason, Throwable cause) {
    return new EntenteJsonException(kind, path, position, reason, List.of(), cause);
  }

  /** An error of rules across records, placed at the first problem's record. */
  static EntenteJsonException ofProblems(String path, Position position, String reason, List<Problem> problems, Throwable cause) {
    return new EntenteJsonException(Kind.INVALID_DOSSIER, path, position, reason, problems, cause);
  }

  /** Input that begins like UTF-16 or UTF-32 rather than UTF-8. */
  static EntenteJsonException notUtf8(Position position) {
    return at(
        Kind.MALFORMED_JSON, "$", position,
        "the input is not UTF-8: it begins with a zero byte or a UTF-16 or UTF-32 byte-order mark", null);
  }

  /** An error that concerns no place in the input, such as a file that cannot be opened. */
  static EntenteJsonException withoutLocation(Kind kind, String reason, Throwable cause) {
    return new EntenteJsonException(kind, "$", Position.NONE, reason, List.of(), cause);
  }

  private static TokenStreamLocation location(Position position) {
    if (position.line() < 1) {
      return TokenStreamLocation.NA;
    }
    return new TokenStreamLocation(ContentReference.unknown(), -1, -1, position.line(), position.column());
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
