package dev.entente.io;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of JSON Lines as {@link EntenteJson#readLinesOrErrors} read it: its number, and either
 * the record it holds or the error that refused it.
 *
 * @param <T> the record type
 */
public final class JsonLine<T> {
  private final int number;
  private final @Nullable T record;
  private final @Nullable EntenteJsonException error;

  private JsonLine(int number, @Nullable T record, @Nullable EntenteJsonException error) {
    this.number = number;
    this.record = record;
    this.error = error;
  }

  static <T> JsonLine<T> of(int number, T record) {
    return new JsonLine<>(number, Objects.requireNonNull(record, "record"), null);
  }

  static <T> JsonLine<T> refused(int number, EntenteJsonException error) {
    return new JsonLine<>(number, null, Objects.requireNonNull(error, "error"));
  }

  /**
   * Returns the line's number, counted from 1.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Tells whether the line holds a record.
   *
   * @return whether it was read; when not, {@link #error()} says why
   */
  public boolean isRecord() {
    return record != null;
  }

  /**
   * Returns the record the line holds.
   *
   * @return the record, or empty if the line was refused
   */
  public Optional<T> record() {
    return Optional.ofNullable(record);
  }

  /**
   * Returns the error that refused the line, which names the line, the field path and why.
   *
   * @return the error, or empty if the line holds a record
   */
  public Optional<EntenteJsonException> error() {
    return Optional.ofNullable(error);
  }

  /** Returns the line as {@code line 3: <record>} or {@code line 3 refused: <message>}. */
  @Override
  public String toString() {
    return record != null
        ? "line " + number + ": " + record
        : "line " + number + " refused: " + Objects.requireNonNull(error).getMessage();
  }
}
