package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Field;
import dev.entente.internal.Holds;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules each declared field holds on its own, checked when a record or part is built: every
 * field is complete; ids, references, texts and web addresses have their form; lists of references
 * and texts hold no duplicates and lists reach their minimum; a record does not refer to itself;
 * and a field declared one of a list's elements is one of them.
 */
final class FieldRules {
  private FieldRules() {}

  static Invariants check(ModelValue value) {
    return check(value.declaration(), value);
  }

  private static <T> Invariants check(Declaration<T, ?> declaration, ModelValue value) {
    T typed = declaration.type().cast(value);
    String type = declaration.type().getSimpleName();
    Invariants check =
        value instanceof DossierRecord record
            ? Invariants.of(type, record.id())
            : Invariants.of(type);
    List<? extends Field<T, ?, ?>> fields = declaration.fields();
    // Every field is complete before any is checked further; an accessor is asked twice rather
    // than its value kept, which would allocate for every value built. An optional field is
    // always complete (its accessor makes a new Optional, empty or holding a value, each time it
    // is asked), so it is asked once only.
    for (int i = 0; i < fields.size(); i++) {
      Field<T, ?, ?> field = fields.get(i);
      if (field.arity() != Field.Arity.OPTIONAL) {
        check.complete(field.name(), field.get(typed));
      }
    }
    for (int i = 0; i < fields.size(); i++) {
      Field<T, ?, ?> field = fields.get(i);
      Object held = field.get(typed);
      checkField(check, field, held);
      if (field.oneOf().isPresent()) {
        checkOneOf(check, field, held, typed);
      }
    }
    if (value instanceof DossierRecord record) {
      Claims.check(check, declaration, typed, record.claims());
    }
    return check;
  }

  @SuppressWarnings("unchecked")
  private static void checkField(Invariants check, Field<?, ?, ?> field, Object value) {
    String name = field.name();
    Holds.Kind holds = field.holds().kind();
    switch (field.arity()) {
      case REQUIRED -> checkValue(check, name, holds, value);
      case OPTIONAL -> {
        Optional<?> optional = (Optional<?>) value;
        if (optional.isPresent()) {
          checkValue(check, name, holds, optional.get());
        }
      }
      case LIST -> {
        List<?> list = (List<?>) value;
        for (int i = 0; i < list.size(); i++) {
          checkValue(check, name, holds, list.get(i));
        }
        if (holds == Holds.Kind.REFERENCE || holds == Holds.Kind.TEXT) {
          check.distinct(name, list);
        }
        if (list.size() < field.atLeast()) {
          check.atLeast(name, list, field.atLeast(), field.countedAs());
        }
      }
      case MAP -> Identifiers.check(check, (Map<String, String>) value);
    }
    if (holds == Holds.Kind.REFERENCE) {
      check.notSelf(name, value);
    }
  }

  private static void checkValue(Invariants check, String field, Holds.Kind holds, Object value) {
    switch (holds) {
      case REFERENCE -> check.reference(field, (String) value);
      case TEXT -> check.text(field, (String) value);
      case WEB_ADDRESS -> check.webAddress(field, (URI) value);
      case ID, PART, VALUE -> {
        // An id is checked before anything else; parts and values check themselves when made.
      }
    }
  }

  private static <T> void checkOneOf(
      Invariants check, Field<T, ?, ?> field, Object value, T typed) {
    Object chosen =
        field.arity() == Field.Arity.OPTIONAL ? ((Optional<?>) value).orElse(null) : value;
    if (chosen == null) {
      return;
    }
    Field<T, ?, ?> listField = field.oneOf().orElseThrow();
    List<?> list = (List<?>) listField.get(typed);
    if (!list.contains(chosen)) {
      throw check.fail(
          field.name(),
          field.name()
              + " "
              + Invariants.quote(chosen)
              + " is not one of the "
              + listField.name()
              + " "
              + list);
    }
  }
}
