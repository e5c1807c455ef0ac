package dev.entente.formats.historian;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A record of the source that was not imported, with where it is and why.
 *
 * @param file the file it is in
 * @param line the line its element starts on, from 1
 * @param id the source's id of the record, or {@code "?"} if it has none
 * @param reason why it was not imported, such as {@code "no start-date"}
 */
public record SkippedRecord(Path file, int line, String id, String reason) {
  /**
   * Checks the parts.
   *
   * @param file the file it is in
   * @param line the line its element starts on
   * @param id the source's id of the record
   * @param reason why it was not imported
   * @throws NullPointerException if a part is null
   */
  public SkippedRecord {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
  }

  /** Returns the record as {@code file:line: record id: reason}. */
  @Override
  public String toString() {
    return file + ":" + line + ": record " + id + ": " + reason;
  }
}
