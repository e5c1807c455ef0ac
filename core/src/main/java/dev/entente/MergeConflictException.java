package dev.entente;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when two dossiers cannot be merged because they hold different versions of the same
 * records. It lists every conflict, with the fields that differ; nothing is picked for you.
 */
public final class MergeConflictException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<RecordChange> conflicts;

  MergeConflictException(List<RecordChange> conflicts) {
    this(conflicts, "");
  }

  /** Conflicts a merge policy cannot resolve, and why. */
  MergeConflictException(List<RecordChange> conflicts, String why) {
    super(
        "the dossiers disagree on "
            + (conflicts.size() == 1 ? "1 record" : conflicts.size() + " records")
            + (why.isEmpty() ? "" : ", which " + why)
            + ":"
            + conflicts.stream().map(c -> "\n  " + c).collect(Collectors.joining()));
    this.conflicts = List.copyOf(conflicts);
  }

  /**
   * Returns every record the two dossiers disagree on: {@code before} is this dossier's version,
   * {@code after} the other's.
   *
   * @return the conflicts, at least one
   */
  public List<RecordChange> conflicts() {
    return conflicts;
  }
}
