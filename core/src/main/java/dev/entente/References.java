package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Field;
import dev.entente.internal.Holds;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hands each reference a value holds to a visitor: where it stands, which id it names, and which
 * kinds of record it may name, as the value's declaration says. A field declared one of a list's
 * elements (a conversation's initiator, one of its participants) is a reference of its own too.
 *
 * <p>A walker keeps the path to where it stands as a stack of names and indexes, and puts a path
 * together only when asked: nothing is made for a reference the visitor only looks up, and one
 * walker serves every record of a dossier.
 */
final class References {
  /** Receives the references of a value. */
  @FunctionalInterface
  interface Visitor {
    /**
     * One reference.
     *
     * @param at the walker, standing in the value that holds the reference: it makes the
     *     reference's path on demand, during this call only
     * @param field the field's name
     * @param index the position in a list field, or -1 for a single value
     * @param id the id named
     * @param allowed the kinds of record the field may name
     */
    void reference(References at, String field, int index, String id, Set<RecordKind> allowed);
  }

  private static final Set<RecordKind> SOURCE = Set.of(RecordKind.STATEMENT);

  /** Room for the parts the model nests, such as a milestone's party; grown for deeper ones. */
  private static final int PATH_ROOM = 4;

  private final Visitor visitor;

  /** The fields, and their indexes (-1 for a single value), of the parts the walker is inside. */
  private String[] openFields = new String[PATH_ROOM];

  private int[] openIndexes = new int[PATH_ROOM];
  private int depth;

  /** A walker that hands the references of the values it walks to a visitor. */
  References(Visitor visitor) {
    this.visitor = visitor;
  }

  /** Hands every reference of a value to a visitor. */
  static void visit(ModelValue value, Visitor visitor) {
    new References(visitor).walk(value);
  }

  /** Tells whether a value holds a reference to an id. */
  static boolean mentions(ModelValue value, String id) {
    boolean[] found = {false};
    visit(value, (at, field, index, named, allowed) -> found[0] |= named.equals(id));
    return found[0];
  }

  /** Hands every reference of a value to this walker's visitor. */
  void walk(ModelValue value) {
    depth = 0;
    walk(value.declaration(), value);
  }

  /**
   * The path of a field of the value the walker stands in, such as {@code participants[1]} or
   * {@code milestones[0].by[1]}.
   */
  String path(String field, int index) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      appendSegment(path, openFields[i], openIndexes[i]).append('.');
    }
    return appendSegment(path, field, index).toString();
  }

  private static StringBuilder appendSegment(StringBuilder path, String field, int index) {
    path.append(field);
    return index < 0 ? path : path.append('[').append(index).append(']');
  }

  private void enter(String field, int index) {
    if (depth == openFields.length) {
      openFields = Arrays.copyOf(openFields, 2 * depth);
      openIndexes = Arrays.copyOf(openIndexes, 2 * depth);
    }
    openFields[depth] = field;
    openIndexes[depth] = index;
    depth++;
  }

  private void leave() {
    depth--;
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
      enter("claims", i);
      visitor.reference(this, "source", -1, claim.source(), SOURCE);
      Optional<? extends Field<?, ?, ?>> field = declaration.field(claim.field());
      if (field.isPresent()) {
        Field<?, ?, ?> claimed = field.get();
        Holds.Kind holds = claimed.holds().kind();
        if (holds == Holds.Kind.REFERENCE || holds == Holds.Kind.PART) {
          visitField(claimed, "value", claim.value());
        }
      }
      leave();
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
      enter(name, index);
      walk(holds.part(), value);
      leave();
    } else {
      visitor.reference(this, name, index, (String) value, holds.kinds());
    }
  }
}
