package dev.entente;

import java.util.Objects;
import java.util.Set;

/**
 * A reference from a record to another record by id: where it stands in the record, the id it
 * names, and the kinds of record the field may name.
 *
 * @param path the field path within the record, such as {@code participants[1]} or {@code
 *     milestones[0].occasion}
 * @param id the id named
 * @param kinds the kinds of record the field may name
 */
public record Reference(String path, String id, Set<RecordKind> kinds) {
  /**
   * Creates a reference.
   *
   * @param path the field path
   * @param id the id named
   * @param kinds the kinds of record the field may name
   * @throws NullPointerException if any argument is {@code null}
   */
  public Reference {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(id, "id");
    kinds = Set.copyOf(kinds);
  }
}
