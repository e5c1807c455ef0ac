package dev.entente;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hands each reference a value holds to a visitor: where it stands, which id it names, and which
 * kinds of record it may name. Nothing is collected, and a path is put together only when asked.
 */
final class References {
  /** Receives the references of a value. */
  @FunctionalInterface
  interface Visitor {
    /**
     * One reference.
     *
     * @param at the value the reference stands in, which makes its path on demand
     * @param field the field's name
     * @param index the position in a list field, or -1 for a single value
     * @param id the id named
     * @param allowed the kinds of record the field may name
     */
    void reference(References at, String field, int index, String id, Set<RecordKind> allowed);
  }

  /** The sets of kinds fields accept, made once, by the bits of their kinds. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Set<RecordKind>[] KINDS = new Set[1 << RecordKind.values().length];

  private final Visitor visitor;
  private final References parent;
  private final String parentField;
  private final int parentIndex;

  private References(Visitor visitor, References parent, String parentField, int parentIndex) {
    this.visitor = visitor;
    this.parent = parent;
    this.parentField = parentField;
    this.parentIndex = parentIndex;
  }

  /** Hands every reference of a value to a visitor. */
  static void visit(ModelValue value, Visitor visitor) {
    value.collectReferences(new References(visitor, null, null, -1));
  }

  /** Tells whether a value holds a reference to an id. */
  static boolean mentions(ModelValue value, String id) {
    boolean[] found = {false};
    visit(value, (at, field, index, named, allowed) -> found[0] |= named.equals(id));
    return found[0];
  }

  /** The path of a field of this value, such as {@code participants[1]} or {@code milestones[0].by[1]}. */
  String path(String field, int index) {
    String own = field + (index < 0 ? "" : "[" + index + "]");
    return parent == null ? own : parent.path(parentField, parentIndex) + "." + own;
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
    visitor.reference(this, field, -1, id, kinds(kinds));
  }

  void to(String field, Optional<String> id, RecordKind... kinds) {
    if (id.isPresent()) {
      to(field, id.get(), kinds);
    }
  }

  void to(String field, List<String> ids, RecordKind... kinds) {
    Set<RecordKind> allowed = kinds(kinds);
    for (int i = 0; i < ids.size(); i++) {
      visitor.reference(this, field, i, ids.get(i), allowed);
    }
  }

  void toAnyRecord(String field, List<String> ids) {
    to(field, ids, RecordKind.values());
  }

  /** Hands on the references of each part in a list field, under paths such as {@code milestones[2].by}. */
  void within(String field, List<? extends ModelValue> parts) {
    for (int i = 0; i < parts.size(); i++) {
      parts.get(i).collectReferences(new References(visitor, this, field, i));
    }
  }
}
