package dev.entente.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field of a record or a part: its name, how many values it has, what each value holds, how to
 * get it from a value and how to set it on a builder.
 *
 * @param <T> the type of the record or part
 * @param <B> the type of its builder
 * @param <V> the type of one value of the field
 */
public final class Field<T, B, V> {
  /** How many values a field has. */
  public enum Arity {
    /** Exactly one value. */
    REQUIRED,
    /** One value or none, held in an {@link Optional}. */
    OPTIONAL,
    /** A {@link List} of values, possibly empty unless {@link Field#atLeast()} says otherwise. */
    LIST,
    /** A {@link Map} from lower-case scheme names to values, possibly empty. */
    MAP
  }

  private final String name;
  private final Arity arity;
  private final Holds<V> holds;
  private final Function<T, ?> get;
  private final BiConsumer<B, ?> set;
  private final int atLeast;
  private final String countedAs;
  private final Optional<Field<T, B, ?>> oneOf;

  Field(
      String name,
      Arity arity,
      Holds<V> holds,
      Function<T, ?> get,
      BiConsumer<B, ?> set,
      int atLeast,
      String countedAs,
      @Nullable Field<T, B, ?> oneOf) {
    this.name = name;
    this.arity = arity;
    this.holds = holds;
    this.get = get;
    this.set = set;
    this.atLeast = atLeast;
    this.countedAs = countedAs;
    this.oneOf = Optional.ofNullable(oneOf);
  }

  /**
   * Returns the field's name, as its accessor and the JSON format spell it.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns how many values the field has.
   *
   * @return the arity
   */
  public Arity arity() {
    return arity;
  }

  /**
   * Returns what each value of the field holds.
   *
   * @return the holding
   */
  public Holds<V> holds() {
    return holds;
  }

  /**
   * Returns the field of a value as its accessor does: the value itself, an {@link Optional}, a
   * {@link List} or a {@link Map}, by the field's {@link #arity()}; {@code null} when a builder
   * left a required field unset.
   *
   * @param value the record or part
   * @return the field's value
   */
  public Object get(T value) {
    return get.apply(value);
  }

  /**
   * Returns the setter of a {@link Arity#REQUIRED} or {@link Arity#OPTIONAL} field, or the adder of
   * one element of a {@link Arity#LIST}.
   *
   * @return the setter
   * @throws IllegalStateException for a {@link Arity#MAP}
   */
  @SuppressWarnings("unchecked")
  public BiConsumer<B, V> setter() {
    if (arity == Arity.MAP) {
      throw new IllegalStateException(name + " is a map");
    }
    return (BiConsumer<B, V>) set;
  }

  /**
   * Returns the setter of a whole {@link Arity#MAP}.
   *
   * @return the setter
   * @throws IllegalStateException for any other arity
   */
  @SuppressWarnings("unchecked")
  public BiConsumer<B, Map<String, V>> mapSetter() {
    if (arity != Arity.MAP) {
      throw new IllegalStateException(name + " is not a map");
    }
    return (BiConsumer<B, Map<String, V>>) set;
  }

  /**
   * Returns the fewest elements a list must hold.
   *
   * @return the minimum, 0 for any field that is not such a list
   */
  public int atLeast() {
    return atLeast;
  }

  /**
   * Returns how the elements of a list with a minimum are counted in messages, such as {@code
   * leaders}.
   *
   * @return the word, empty when {@link #atLeast()} is 0
   */
  public String countedAs() {
    return countedAs;
  }

  /**
   * Returns the list field whose elements this field's value must be one of, as a conversation's
   * initiator is one of its participants.
   *
   * @return the list field, or empty
   */
  public Optional<Field<T, B, ?>> oneOf() {
    return oneOf;
  }

  /** Sets this field of a value on a builder. */
  @SuppressWarnings("unchecked")
  void copy(T value, B builder) {
    Object held = get(value);
    switch (arity) {
      case REQUIRED -> setter().accept(builder, (V) held);
      case OPTIONAL -> ((Optional<V>) held).ifPresent(present -> setter().accept(builder, present));
      case LIST -> ((List<V>) held).forEach(element -> setter().accept(builder, element));
      case MAP -> mapSetter().accept(builder, (Map<String, V>) held);
    }
  }

  Field<T, B, V> withAtLeast(int minimum, String word) {
    return new Field<>(name, arity, holds, get, set, minimum, word, oneOf.orElse(null));
  }

  Field<T, B, V> withOneOf(Field<T, B, ?> listField) {
    return new Field<>(name, arity, holds, get, set, atLeast, countedAs, listField);
  }

  @Override
  public String toString() {
    return name + " (" + arity + " " + holds.kind() + ")";
  }
}
