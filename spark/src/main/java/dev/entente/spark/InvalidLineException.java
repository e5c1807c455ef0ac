package dev.entente.spark;

/**
 * A line of JSON Lines that Entente's reader refused, where {@link JsonLinesRead#recordsOrFail()}
 * was asked to fail: it names the file, the line and column, the kind of error, the field's path
 * and why.
 */
public final class InvalidLineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file's path, as Spark names it. */
  private final String file;

  /** The line's number, from 1. */
  private final int line;

  /** The column on the line, from 1, or 0. */
  private final int column;

  /** The name of the kind of error. */
  private final String kind;

  /** The JSON path of the field in error. */
  private final String path;

  /** Why the line was refused. */
  private final String reason;

  InvalidLineException(String file, int line, int column, String kind, String path, String reason) {
    super(
        file
            + ", line "
            + line
            + (column > 0 ? ", column " + column : "")
            + ": "
            + kind
            + " at "
            + path
            + ": "
            + reason);
    this.file = file;
    this.line = line;
    this.column = column;
    this.kind = kind;
    this.path = path;
    this.reason = reason;
  }

  /**
   * Returns the file.
   *
   * @return the file's path, as Spark names it
   */
  public String file() {
    return file;
  }

  /**
   * Returns the line's number.
   *
   * @return the number, from 1
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the error on the line.
   *
   * @return the column, from 1, or 0 if the error has no place on the line
   */
  public int column() {
    return column;
  }

  /**
   * Returns the kind of error.
   *
   * @return the name of an {@code EntenteJsonException.Kind}, such as {@code MISSING_FIELD}
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the JSON path of the field in error.
   *
   * @return the path, {@code $} for the line itself
   */
  public String path() {
    return path;
  }

  /**
   * Returns why the line was refused.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
