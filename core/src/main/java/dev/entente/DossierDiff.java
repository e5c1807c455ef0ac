package dev.entente;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions of a dossier: which records were added, removed or changed, and
 * in which fields. Records are matched by id; each list is in the dossier's record order.
 *
 * <pre>{@code
 * DossierDiff diff = before.diff(after);
 * if (!diff.isEmpty()) {
 *   System.out.println(diff);
 * }
 * }</pre>
 */
public final class DossierDiff {
  private final List<DossierRecord> added;
  private final List<DossierRecord> removed;
  private final List<RecordChange> changed;

  DossierDiff(List<DossierRecord> added, List<DossierRecord> removed, List<RecordChange> changed) {
    this.added = List.copyOf(added);
    this.removed = List.copyOf(removed);
    this.changed = List.copyOf(changed);
  }

  /**
   * Returns what changed between two collections of records held outside a dossier, such as the
   * records a transformation gave and those expected of it, as {@link Dossier#diff(Dossier)} tells
   * it: records are matched by id, and neither collection needs to be a valid dossier.
   *
   * @param before the earlier or expected records
   * @param after the later or actual records
   * @return the differences, each list in the order of its collection
   * @throws IllegalArgumentException if two records of one collection share an id
   */
  public static DossierDiff between(
      Collection<? extends DossierRecord> before, Collection<? extends DossierRecord> after) {
    Map<String, DossierRecord> earlier = byId(before, "before");
    Map<String, DossierRecord> later = byId(after, "after");
    return of(earlier.values(), earlier::containsKey, later.values(), later::get);
  }

  /**
   * The differences of records each with its own id, given how to find an id among the earlier ones
   * and a record among the later ones: a dossier's index, or maps made here.
   */
  static DossierDiff of(
      Collection<DossierRecord> before,
      Predicate<String> earlierHas,
      Collection<DossierRecord> after,
      Function<String, @Nullable DossierRecord> later) {
    List<DossierRecord> added = new ArrayList<>();
    List<DossierRecord> removed = new ArrayList<>();
    List<RecordChange> changed = new ArrayList<>();
    for (DossierRecord record : before) {
      DossierRecord counterpart = later.apply(record.id());
      if (counterpart == null) {
        removed.add(record);
      } else if (!record.equals(counterpart)) {
        changed.add(
            new RecordChange(record, counterpart, Differ.fieldChanges(record, counterpart)));
      }
    }
    after.stream().filter(r -> !earlierHas.test(r.id())).forEach(added::add);
    return new DossierDiff(added, removed, changed);
  }

  private static Map<String, DossierRecord> byId(
      Collection<? extends DossierRecord> records, String name) {
    Map<String, DossierRecord> byId = new LinkedHashMap<>();
    for (DossierRecord record : records) {
      DossierRecord first = byId.putIfAbsent(record.id(), record);
      if (first != null) {
        throw new IllegalArgumentException(
            "two records of " + name + " have the id \"" + record.id() + "\"");
      }
    }
    return byId;
  }

  /**
   * Returns the records only the later version holds.
   *
   * @return the added records
   */
  public List<DossierRecord> added() {
    return added;
  }

  /**
   * Returns the records only the earlier version holds.
   *
   * @return the removed records
   */
  public List<DossierRecord> removed() {
    return removed;
  }

  /**
   * Returns the records both versions hold with different contents.
   *
   * @return the changed records, with their field changes
   */
  public List<RecordChange> changed() {
    return changed;
  }

  /**
   * Tells whether the two versions are equal.
   *
   * @return whether nothing was added, removed or changed
   */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DossierDiff that
        && added.equals(that.added)
        && removed.equals(that.removed)
        && changed.equals(that.changed);
  }

  @Override
  public int hashCode() {
    return List.of(added, removed, changed).hashCode();
  }

  /**
   * Returns one line per record: {@code + kind "id"} for an added record, {@code - kind "id"} for a
   * removed one, and {@code ~ kind "id"} for a changed one followed by one indented line per field,
   * {@code path: before -> after}. An empty diff reads {@code no differences}.
   */
  @Override
  public String toString() {
    if (isEmpty()) {
      return "no differences";
    }
    return Stream.of(
            added.stream().map(r -> "+ " + r.recordKind() + " \"" + r.id() + "\""),
            removed.stream().map(r -> "- " + r.recordKind() + " \"" + r.id() + "\""),
            changed.stream().map(c -> "~ " + c))
        .flatMap(s -> s)
        .collect(Collectors.joining("\n"));
  }
}
