package dev.entente;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks that records and their parts run on themselves when they are built. */
final class Invariants {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  private final String type;
  private final String id;

  private Invariants(String type, String id) {
    this.type = type;
    this.id = id;
  }

  /** Checks for a part of a record that has no id of its own, such as a milestone. */
  static Invariants of(String type) {
    return new Invariants(type, null);
  }

  /** Checks for a record: its id must be set and well formed before anything else is checked. */
  static Invariants of(String type, String id) {
    Invariants withoutId = of(type);
    withoutId.required("id", id);
    if (!ID.matcher(id).matches()) {
      throw withoutId.fail(
          "id",
          "id \"" + id + "\" must be 1 to 128 letters, digits, '.', '_', ':' or '-',"
              + " starting with a letter or digit");
    }
    return new Invariants(type, id);
  }

  InvalidRecordException fail(String field, String reason) {
    return new InvalidRecordException(type, id, field, reason);
  }

  void check(boolean condition, String field, String reason) {
    if (!condition) {
      throw fail(field, reason);
    }
  }

  /**
   * A field as the builder left it: set if required, and without null elements or entries. With
   * the model's style, the builder does not reject nulls itself, so this runs on every field
   * first.
   */
  void complete(String field, Object value) {
    required(field, value);
    if (value instanceof Collection) {
      int i = 0;
      for (Object element : (Collection<?>) value) {
        check(element != null, field, field + "[" + i + "] is null");
        i++;
      }
    } else if (value instanceof Map) {
      ((Map<?, ?>) value)
          .forEach(
              (key, entry) ->
                  check(key != null && entry != null, field, field + " holds a null key or value"));
    }
  }

  <T> T required(String field, T value) {
    if (value == null) {
      throw fail(field, field + " is required");
    }
    return value;
  }

  /** A required text: present, not blank, without leading or trailing white space. */
  void text(String field, String value) {
    required(field, value);
    check(!value.isBlank(), field, field + " must not be blank");
    check(
        value.strip().equals(value),
        field,
        field + " \"" + value + "\" must not start or end with white space");
  }

  void text(String field, Optional<String> value) {
    value.ifPresent(v -> text(field, v));
  }

  void texts(String field, Collection<String> values) {
    values.forEach(v -> text(field, v));
    distinct(field, values);
  }

  /** A reference to another record: a well-formed id. */
  void reference(String field, String value) {
    required(field, value);
    check(
        ID.matcher(value).matches(),
        field,
        field + " \"" + value + "\" is not a valid id");
  }

  void reference(String field, Optional<String> value) {
    value.ifPresent(v -> reference(field, v));
  }

  void references(String field, Collection<String> values) {
    values.forEach(v -> reference(field, v));
    distinct(field, values);
    if (id != null) {
      check(!values.contains(id), field, field + " must not refer to the record itself");
    }
  }

  void atLeast(String field, Collection<?> values, int minimum, String what) {
    check(
        values.size() >= minimum,
        field,
        field + " must list at least " + minimum + " " + what + ", but lists " + values.size());
  }

  void distinct(String field, Collection<?> values) {
    Set<Object> seen = new HashSet<>();
    for (Object value : values) {
      check(seen.add(value), field, field + " lists " + quote(value) + " more than once");
    }
  }

  static String quote(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }
}
