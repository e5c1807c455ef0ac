package dev.entente;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Collects the references a record holds, each with its field path and the kinds it may name. */
final class References {
  /**
   * One reference: where it is, which id it names, and which kinds of record it may name. The path
   * is put together only when a problem needs it.
   */
  static final class Reference {
    private final String prefix;
    private final String field;
    private final int index;
    final String id;
    final Set<RecordKind> allowed;

    Reference(String prefix, String field, int index, String id, Set<RecordKind> allowed) {
      this.prefix = prefix;
      this.field = field;
      this.index = index;
      this.id = id;
      this.allowed = allowed;
    }

    /** The field path, such as {@code participants[1]} or {@code milestones[0].by[1]}. */
    String path() {
      return prefix + field + (index < 0 ? "" : "[" + index + "]");
    }
  }

  /** The sets of kinds fields accept, made once, by the bits of their kinds. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Set<RecordKind>[] KINDS = new Set[1 << RecordKind.values().length];

  private final List<Reference> found;
  private final String prefix;

  private References(List<Reference> found, String prefix) {
    this.found = found;
    this.prefix = prefix;
  }

  static List<Reference> of(ModelValue value) {
    List<Reference> found = new ArrayList<>();
    value.collectReferences(new References(found, ""));
    return Collections.unmodifiableList(found);
  }

  private static Set<RecordKind> kinds(RecordKind... kinds) {
    int bits = 0;
    for (RecordKind kind : kinds) {
      bits |= 1 << kind.ordinal();
    }
    Set<RecordKind> set = KINDS[bits];
    if (set == null) {
      set = Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(kinds)));
      KINDS[bits] = set;
    }
    return set;
  }

  void to(String field, String id, RecordKind... kinds) {
    found.add(new Reference(prefix, field, -1, id, kinds(kinds)));
  }

  void to(String field, Optional<String> id, RecordKind... kinds) {
    id.ifPresent(value -> to(field, value, kinds));
  }

  void to(String field, List<String> ids, RecordKind... kinds) {
    Set<RecordKind> allowed = kinds(kinds);
    for (int i = 0; i < ids.size(); i++) {
      found.add(new Reference(prefix, field, i, ids.get(i), allowed));
    }
  }

  void toAnyRecord(String field, List<String> ids) {
    to(field, ids, RecordKind.values());
  }

  /** Collects the references of each part in a list field, under paths such as {@code milestones[2].by}. */
  void within(String field, List<? extends ModelValue> parts) {
    for (int i = 0; i < parts.size(); i++) {
      parts.get(i).collectReferences(new References(found, prefix + field + "[" + i + "]."));
    }
  }

  /** Tells whether a value holds a reference to an id, without collecting its references. */
  static boolean mentions(ModelValue value, String id) {
    return of(value).stream().anyMatch(reference -> reference.id.equals(id));
  }
}
