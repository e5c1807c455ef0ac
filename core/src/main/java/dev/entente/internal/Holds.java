package dev.entente.internal;

import dev.entente.RecordKind;
import java.net.URI;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one value of a {@link Field} holds: the record's own id, a reference to records of given
 * kinds, a text, a web address, a part with fields of its own, or another value that checks itself.
 *
 * @param <V> the type of the value
 */
public final class Holds<V> {
  /** The kinds of holding; each has its own rules of form. */
  public enum Kind {
    /** The record's own id. */
    ID,
    /** The id of a record of one of {@link Holds#kinds()}. */
    REFERENCE,
    /** A text a person reads. */
    TEXT,
    /** An absolute http or https URL. */
    WEB_ADDRESS,
    /** A part with a declaration of its own, {@link Holds#part()}. */
    PART,
    /** A value that checks itself when it is made, such as a time point or an enum constant. */
    VALUE
  }

  private final Kind kind;
  private final Class<V> type;
  private final Set<RecordKind> kinds;
  private final @Nullable Declaration<V, ?> part;

  private Holds(Kind kind, Class<V> type, Set<RecordKind> kinds, @Nullable Declaration<V, ?> part) {
    this.kind = kind;
    this.type = type;
    this.kinds = kinds;
    this.part = part;
  }

  /** The record's own id. */
  static Holds<String> id() {
    return new Holds<>(Kind.ID, String.class, Set.of(), null);
  }

  /**
   * A reference to a record of one of the given kinds.
   *
   * @param first a kind the reference may name
   * @param more the other kinds it may name
   * @return the holding
   */
  public static Holds<String> reference(RecordKind first, RecordKind... more) {
    return new Holds<>(
        Kind.REFERENCE, String.class, Collections.unmodifiableSet(EnumSet.of(first, more)), null);
  }

  /**
   * A reference to a record of any kind.
   *
   * @return the holding
   */
  public static Holds<String> anyRecord() {
    return new Holds<>(
        Kind.REFERENCE,
        String.class,
        Collections.unmodifiableSet(EnumSet.allOf(RecordKind.class)),
        null);
  }

  /**
   * A text a person reads.
   *
   * @return the holding
   */
  public static Holds<String> text() {
    return new Holds<>(Kind.TEXT, String.class, Set.of(), null);
  }

  /**
   * An absolute http or https URL.
   *
   * @return the holding
   */
  public static Holds<URI> webAddress() {
    return new Holds<>(Kind.WEB_ADDRESS, URI.class, Set.of(), null);
  }

  /**
   * A part with fields of its own.
   *
   * @param <V> the part's type
   * @param declaration the part's declaration
   * @return the holding
   */
  public static <V> Holds<V> part(Declaration<V, ?> declaration) {
    return new Holds<>(Kind.PART, declaration.type(), Set.of(), declaration);
  }

  /**
   * A value that checks itself when it is made.
   *
   * @param <V> the value's type
   * @param type the value's type, such as {@code TimePoint.class}
   * @return the holding
   */
  public static <V> Holds<V> value(Class<V> type) {
    return new Holds<>(Kind.VALUE, Objects.requireNonNull(type, "type"), Set.of(), null);
  }

  /**
   * Returns the kind of holding.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the type of the value.
   *
   * @return the type
   */
  public Class<V> type() {
    return type;
  }

  /**
   * Returns the kinds of record a reference may name.
   *
   * @return the kinds; empty unless this holds a reference
   */
  public Set<RecordKind> kinds() {
    return kinds;
  }

  /**
   * Returns the declaration of the part this holds.
   *
   * @return the declaration
   * @throws IllegalStateException if this holds no part
   */
  public Declaration<V, ?> part() {
    if (part == null) {
      throw new IllegalStateException(kind + " is not a part");
    }
    return part;
  }
}
