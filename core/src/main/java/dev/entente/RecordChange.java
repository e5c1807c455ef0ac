package dev.entente;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A record that two dossiers both hold under one id, with different contents. */
public final class RecordChange {
  private final DossierRecord before;
  private final DossierRecord after;
  private final List<FieldChange> fields;

  RecordChange(DossierRecord before, DossierRecord after, List<FieldChange> fields) {
    this.before = before;
    this.after = after;
    this.fields = List.copyOf(fields);
  }

  /**
   * Returns the id both versions share.
   *
   * @return the id
   */
  public String id() {
    return before.id();
  }

  /**
   * Returns the record as it was.
   *
   * @return the earlier version
   */
  public DossierRecord before() {
    return before;
  }

  /**
   * Returns the record as it is.
   *
   * @return the later version
   */
  public DossierRecord after() {
    return after;
  }

  /**
   * Returns the fields that differ, in the order the record declares them.
   *
   * @return at least one field change
   */
  public List<FieldChange> fields() {
    return fields;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RecordChange that
        && before.equals(that.before)
        && after.equals(that.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(before, after);
  }

  /** Returns the change as {@code kind "id"} followed by one indented line per field. */
  @Override
  public String toString() {
    return before.recordKind()
        + " \""
        + id()
        + "\""
        + fields.stream().map(f -> "\n    " + f).collect(Collectors.joining());
  }
}
