package dev.entente.formats.historian;

import java.nio.file.Path;

/**
 * A file of the Office of the Historian's data that cannot be read at all, such as one that is not
 * well-formed XML; its message names the file and the line. A single record that cannot be taken
 * does not throw this: it is reported as a {@link SkippedRecord}.
 */
public final class HistorianFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file. */
  private final transient Path file;

  /** The line, from 1; 0 if not known. */
  private final int line;

  HistorianFormatException(Path file, int line, String reason, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
    this.file = file;
    this.line = line;
  }

  /**
   * Returns the file that could not be read.
   *
   * @return the file
   */
  public Path file() {
    return file;
  }

  /**
   * Returns the line where reading failed.
   *
   * @return the line, from 1, or 0 if not known
   */
  public int line() {
    return line;
  }
}
