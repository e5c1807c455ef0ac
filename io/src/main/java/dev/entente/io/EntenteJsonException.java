package dev.entente.io;

import dev.entente.Problem;
import java.util.List;
import java.util.Objects;

/**
 * The one exception of Entente's JSON reading and writing: what kind of problem, where (the JSON
 * path, line and column) and a message a person understands.
 *
 * <p>For example: {@code $.conversations[0].when.start (line 12, column 18): "2021-12-30T15:35" has
 * no UTC offset: a moment needs one, such as "2021-12-30T15:35Z" or "2021-12-30T15:35-05:00"}.
 */
public final class EntenteJsonException extends RuntimeException {
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

  /** The line, from 1, or 0 when unknown. */
  private final int line;

  /** The column, from 1, or 0 when unknown. */
  private final int column;

  /** The message without the location. */
  private final String reason;

  /** The problems across records, for {@link Kind#INVALID_DOSSIER}. */
  private final transient List<Problem> problems;

  EntenteJsonException(
      Kind kind, String path, int line, int column, String reason, List<Problem> problems, Throwable cause) {
    super(describe(path, line, column, reason), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.path = Objects.requireNonNull(path, "path");
    this.line = line;
    this.column = column;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.problems = List.copyOf(problems);
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
   * Returns the line of the problem, counted from 1.
   *
   * @return the line, or 0 when it is not known, as when writing
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the problem, counted from 1.
   *
   * @return the column, or 0 when it is not known
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
