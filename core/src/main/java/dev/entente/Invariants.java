package dev.entente;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The checks that records and their parts run on themselves when they are built. */
final class Invariants {
  private static final int MAX_ID_LENGTH = 128;
  /** Lists up to this long are checked for duplicates without allocating a set. */
  private static final int SMALL_LIST = 16;

  /** The characters of an id after its first, looked up by their code: ASCII letters, digits, '.', '_', ':', '-'. */
  private static final boolean[] ID_CHARACTERS = new boolean[128];

  static {
    for (char c = 0; c < ID_CHARACTERS.length; c++) {
      ID_CHARACTERS[c] = isLetterOrDigit(c) || c == '.' || c == '_' || c == ':' || c == '-';
    }
  }

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
    if (!isId(id)) {
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

  /**
   * A field as the builder left it: set if required, and without null elements or entries. With
   * the model's style, the builder does not reject nulls itself, so this runs on every field
   * first.
   */
  void complete(String field, Object value) {
    required(field, value);
    if (isSingleValue(value)) {
      return;
    }
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) == null) {
          throw fail(field, field + "[" + i + "] is null");
        }
      }
    } else if (value instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (entry.getKey() == null || entry.getValue() == null) {
          throw fail(field, field + " holds a null key or value");
        }
      }
    }
  }

  /**
   * Tells the values that hold no elements by their class, which is cheaper than asking a value for
   * each collection interface it does not implement.
   */
  private static boolean isSingleValue(Object value) {
    return value instanceof String || value instanceof Optional || value instanceof ModelValue || value instanceof Enum;
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
    if (value.isBlank()) {
      throw fail(field, field + " must not be blank");
    }
    if (value.strip() != value) {
      throw fail(field, field + " \"" + value + "\" must not start or end with white space");
    }
    int unpaired = unpairedSurrogate(value);
    if (unpaired >= 0) {
      throw fail(field, field + " holds half of a surrogate pair at index " + unpaired + ", which is not valid Unicode");
    }
  }

  /** The index of the first UTF-16 surrogate without its other half, or -1. */
  private static int unpairedSurrogate(String value) {
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c) || i + 1 == length || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return i;
        }
        i++;
      }
    }
    return -1;
  }

  void text(String field, Optional<String> value) {
    if (value.isPresent()) {
      text(field, value.get());
    }
  }

  void texts(String field, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      text(field, values.get(i));
    }
    distinct(field, values);
  }

  /** A reference to another record: a well-formed id. */
  void reference(String field, String value) {
    required(field, value);
    if (!isId(value)) {
      throw fail(field, field + " \"" + value + "\" is not a valid id");
    }
  }

  void reference(String field, Optional<String> value) {
    if (value.isPresent()) {
      reference(field, value.get());
    }
  }

  void references(String field, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      reference(field, values.get(i));
    }
    distinct(field, values);
    if (id != null && values.contains(id)) {
      throw fail(field, field + " must not refer to the record itself");
    }
  }

  void atLeast(String field, List<?> values, int minimum, String what) {
    if (values.size() < minimum) {
      throw fail(field, field + " must list at least " + minimum + " " + what + ", but lists " + values.size());
    }
  }

  /** 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit. */
  static boolean isId(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_ID_LENGTH || !isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (c >= ID_CHARACTERS.length || !ID_CHARACTERS[c]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  void distinct(String field, List<?> values) {
    if (values.size() <= SMALL_LIST) {
      for (int i = 1; i < values.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (values.get(i).equals(values.get(j))) {
            throw repeated(field, values.get(i));
          }
        }
      }
      return;
    }
    Set<Object> seen = new HashSet<>();
    for (Object value : values) {
      if (!seen.add(value)) {
        throw repeated(field, value);
      }
    }
  }

  private InvalidRecordException repeated(String field, Object value) {
    return fail(field, field + " lists " + quote(value) + " more than once");
  }

  static String quote(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }
}
