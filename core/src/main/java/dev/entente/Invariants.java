package dev.entente;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The checks that records and their parts run on themselves when they are built. */
final class Invariants {
  private static final int MAX_ID_LENGTH = 128;

  /**
   * The characters of an id after its first, looked up by their code: ASCII letters, digits, '.',
   * '_', ':', '-'.
   */
  private static final boolean[] ID_CHARACTERS = new boolean[128];

  static {
    for (char c = 0; c < ID_CHARACTERS.length; c++) {
      ID_CHARACTERS[c] = isLetterOrDigit(c) || c == '.' || c == '_' || c == ':' || c == '-';
    }
  }

  private final String type;
  private final @Nullable String id;

  private Invariants(String type, @Nullable String id) {
    this.type = type;
    this.id = id;
  }

  /** Checks for a part of a record that has no id of its own, such as a milestone. */
  static Invariants of(String type) {
    return new Invariants(type, null);
  }

  /** Checks for a record: its id must be set and well formed before anything else is checked. */
  static Invariants of(String type, String id) {
    // A record with a bad id is named by its type alone.
    if (id == null || !isId(id)) {
      Invariants withoutId = of(type);
      withoutId.required("id", id);
      throw withoutId.fail(
          "id",
          "id \""
              + id
              + "\" must be 1 to 128 letters, digits, '.', '_', ':' or '-',"
              + " starting with a letter or digit");
    }
    return new Invariants(type, id);
  }

  InvalidRecordException fail(String field, String reason) {
    return new InvalidRecordException(type, id, field, reason);
  }

  /**
   * A field as the builder left it: set if required, and without null elements or entries. With the
   * model's style, the builder does not reject nulls itself, so this runs on every field first.
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
    return value instanceof String
        || value instanceof Optional
        || value instanceof ModelValue
        || value instanceof Enum;
  }

  <T> T required(String field, T value) {
    if (value == null) {
      throw fail(field, field + " is required");
    }
    return value;
  }

  /**
   * A required text: present, with something to read, and only what a person can read or lay out.
   * It holds at least one character that is neither white space nor invisible (a format character
   * such as a zero-width space or U+FEFF); it does not start or end with either; it holds no
   * control character but tab, line feed and carriage return; and it is valid Unicode, without half
   * of a surrogate pair.
   */
  void text(String field, String value) {
    required(field, value);
    int length = value.length();
    // A text whose ends are neither white space nor invisible has something to read.
    if (length == 0
        || isBlankCharacter(value.charAt(0))
        || isBlankCharacter(value.charAt(length - 1))) {
      throw value.chars().allMatch(c -> isBlankCharacter((char) c))
          ? fail(field, field + " must not be blank")
          : fail(field, field + " \"" + value + "\" must not start or end with white space");
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < ' ' ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F) {
        throw control(field, c, i);
      }
      if (Character.isSurrogate(c)) {
        checkWholePair(field, value, i);
        i++;
      }
    }
  }

  /**
   * White space of any kind, no-break spaces included, and invisible format characters, which the
   * rules of texts count as white space.
   */
  private static boolean isBlankCharacter(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }

  private InvalidRecordException control(String field, char c, int index) {
    return fail(
        field,
        field
            + " holds the control character U+"
            + String.format("%04X", (int) c)
            + " at index "
            + index
            + ", which a text may not hold");
  }

  /**
   * An address a reader may follow from a rendered page: an absolute {@code http} or {@code https}
   * URL with a host, and valid Unicode. Any other scheme ({@code javascript:}, {@code file:},
   * {@code data:}) is refused, so that an application that renders it as a link cannot be made to
   * run script or open local files.
   */
  void webAddress(String field, URI url) {
    String scheme = url.getScheme();
    boolean web =
        scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    String authority = url.getRawAuthority();
    if (!web || url.isOpaque() || authority == null || authority.isEmpty()) {
      throw fail(
          field,
          field
              + " \""
              + url
              + "\" must be an absolute http or https URL, such as \"https://www.un.org/en/\"");
    }
    String text = url.toString();
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        checkWholePair(field, text, i);
        i++;
      }
    }
  }

  /** A surrogate at an index must be the high half of a pair whose low half follows. */
  private void checkWholePair(String field, String value, int index) {
    if (!Character.isHighSurrogate(value.charAt(index))
        || index + 1 == value.length()
        || !Character.isLowSurrogate(value.charAt(index + 1))) {
      throw fail(
          field,
          field
              + " holds half of a surrogate pair at index "
              + index
              + ", which is not valid Unicode");
    }
  }

  /** A reference to another record: a well-formed id. */
  void reference(String field, String value) {
    required(field, value);
    if (!isId(value)) {
      throw fail(field, field + " \"" + value + "\" is not a valid id");
    }
  }

  /** A reference field, of one id or of a list, of a record does not name the record itself. */
  void notSelf(String field, Object value) {
    boolean self =
        id != null
            && (value instanceof List<?> list
                ? list.contains(id)
                : value instanceof Optional<?> optional
                    ? optional.isPresent() && id.equals(optional.get())
                    : id.equals(value));
    if (self) {
      throw fail(field, field + " must not refer to the record itself");
    }
  }

  void atLeast(String field, List<?> values, int minimum, String what) {
    if (values.size() < minimum) {
      throw fail(
          field,
          field + " must list at least " + minimum + " " + what + ", but lists " + values.size());
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
    Object repeated = Duplicates.firstRepeated(values);
    if (repeated != null) {
      throw repeated(field, repeated);
    }
  }

  private InvalidRecordException repeated(String field, Object value) {
    return fail(field, field + " lists " + quote(value) + " more than once");
  }

  static String quote(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }
}
