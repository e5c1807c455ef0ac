package dev.entente;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Collects the references a record holds, each with its field path and the kinds it may name. */
final class References {
  /** One reference: where it is, which id it names, and which kinds of record it may name. */
  static final class Reference {
    final String path;
    final String id;
    final Set<RecordKind> allowed;

    Reference(String path, String id, Set<RecordKind> allowed) {
      this.path = path;
      this.id = id;
      this.allowed = allowed;
    }
  }

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

  void to(String field, String id, RecordKind first, RecordKind... rest) {
    found.add(new Reference(prefix + field, id, EnumSet.of(first, rest)));
  }

  void to(String field, Optional<String> id, RecordKind first, RecordKind... rest) {
    id.ifPresent(value -> to(field, value, first, rest));
  }

  void to(String field, List<String> ids, RecordKind first, RecordKind... rest) {
    for (int i = 0; i < ids.size(); i++) {
      to(field + "[" + i + "]", ids.get(i), first, rest);
    }
  }

  void toAnyRecord(String field, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      found.add(new Reference(prefix + field + "[" + i + "]", ids.get(i), EnumSet.allOf(RecordKind.class)));
    }
  }

  /** Collects the references of each part in a list field, under paths such as {@code milestones[2].by}. */
  void within(String field, List<? extends ModelValue> parts) {
    for (int i = 0; i < parts.size(); i++) {
      parts.get(i).collectReferences(new References(found, prefix + field + "[" + i + "]."));
    }
  }
}
