package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Field;
import dev.entente.internal.Holds;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Hands each reference a value holds to a visitor: where it stands, which id it names, and which
 * kinds of record it may name, as the value's declaration says. A field declared one of a list's
 * elements (a conversation's initiator, one of its participants) is a reference of its own too.
 * Nothing is collected, and a path is put together only when asked.
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

  private static final Set<RecordKind> SOURCE = Set.of(RecordKind.STATEMENT);

  private final Visitor visitor;
  private final @Nullable References parent;
  private final @Nullable String parentField;
  private final int parentIndex;

  private References(
      Visitor visitor, @Nullable References parent, @Nullable String parentField, int parentIndex) {
    this.visitor = visitor;
    this.parent = parent;
    this.parentField = parentField;
    this.parentIndex = parentIndex;
  }

  /** Hands every reference of a value to a visitor. */
  static void visit(ModelValue value, Visitor visitor) {
    new References(visitor, null, null, -1).walk(value.declaration(), value);
  }

  /** Tells whether a value holds a reference to an id. */
  static boolean mentions(ModelValue value, String id) {
    boolean[] found = {false};
    visit(value, (at, field, index, named, allowed) -> found[0] |= named.equals(id));
    return found[0];
  }

  /**
   * The path of a field of this value, such as {@code participants[1]} or {@code
   * milestones[0].by[1]}.
   */
  String path(String field, int index) {
    String own = field + (index < 0 ? "" : "[" + index + "]");
    return parent == null || parentField == null
        ? own
        : parent.path(parentField, parentIndex) + "." + own;
  }

  private <T> void walk(Declaration<T, ?> declaration, Object value) {
    T typed = declaration.type().cast(value);
    List<? extends Field<T, ?, ?>> fields = declaration.fields();
    for (int i = 0; i < fields.size(); i++) {
      Field<T, ?, ?> field = fields.get(i);
      Holds.Kind holds = field.holds().kind();
      if (holds == Holds.Kind.REFERENCE || holds == Holds.Kind.PART) {
        visitField(field, field.get(typed));
      }
    }
    if (typed instanceof DossierRecord record) {
      visitClaims(declaration, record.claims());
    }
  }

  /**
   * A claim's source, and the references its value holds as the claimed field declares them, at
   * paths such as {@code claims[0].source} and {@code claims[1].value[2]}.
   */
  private void visitClaims(Declaration<?, ?> declaration, List<Claim> claims) {
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      References at = new References(visitor, this, "claims", i);
      visitor.reference(at, "source", -1, claim.source(), SOURCE);
      Optional<? extends Field<?, ?, ?>> field = declaration.field(claim.field());
      if (field.isPresent()) {
        Field<?, ?, ?> claimed = field.get();
        Holds.Kind holds = claimed.holds().kind();
        if (holds == Holds.Kind.REFERENCE || holds == Holds.Kind.PART) {
          at.visitField(claimed, "value", claim.value());
        }
      }
    }
  }

  private void visitField(Field<?, ?, ?> field, Object value) {
    visitField(field, field.name(), value);
  }

  /** The references of a field's value, standing at {@code name}: the field's, or a claim's. */
  private void visitField(Field<?, ?, ?> field, String name, Object value) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        visitValue(field, name, i, list.get(i));
      }
    } else if (value instanceof Optional<?> optional) {
      if (optional.isPresent()) {
        visitValue(field, name, -1, optional.get());
      }
    } else {
      visitValue(field, name, -1, value);
    }
  }

  private void visitValue(Field<?, ?, ?> field, String name, int index, Object value) {
    Holds<?> holds = field.holds();
    if (holds.kind() == Holds.Kind.PART) {
      new References(visitor, this, name, index).walk(holds.part(), value);
    } else {
      visitor.reference(this, name, index, (String) value, holds.kinds());
    }
  }
}
