package dev.entente;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One field that differs between two versions of a record, at a path such as {@code when} or {@code
 * milestones[1].by}.
 */
public final class FieldChange {
  private final String path;
  private final @Nullable Object before;
  private final @Nullable Object after;

  FieldChange(String path, @Nullable Object before, @Nullable Object after) {
    this.path = path;
    this.before = before;
    this.after = after;
  }

  /**
   * Returns the path of the field within the record.
   *
   * @return the path, such as {@code positions[0].text}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the value before, absent when the field was empty.
   *
   * @return the value before, or empty
   */
  public Optional<Object> before() {
    return Optional.ofNullable(before);
  }

  /**
   * Returns the value after, absent when the field became empty.
   *
   * @return the value after, or empty
   */
  public Optional<Object> after() {
    return Optional.ofNullable(after);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FieldChange that
        && path.equals(that.path)
        && Objects.equals(before, that.before)
        && Objects.equals(after, that.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, before, after);
  }

  /** Returns the change as {@code path: before -> after}, with {@code (absent)} for no value. */
  @Override
  public String toString() {
    return path + ": " + show(before) + " -> " + show(after);
  }

  private static String show(@Nullable Object value) {
    return value == null ? "(absent)" : Invariants.quote(value);
  }
}
