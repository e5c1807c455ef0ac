package dev.entente.internal;

import dev.entente.internal.Field.Arity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The fields of one type of record or part, in the order the type lists them, and how to build a
 * value of the type. It is the one place a field is declared: the checks of a value's fields, its
 * references, its diff and its JSON form are all made from it.
 *
 * <p>Not an API: this package is exported to Entente's own modules only.
 *
 * @param <T> the type of the record or part
 * @param <B> the type of its builder
 */
public final class Declaration<T, B> {
  private final Class<T> type;
  private final String noun;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Field<T, B, ?>> fields;
  private final Map<String, Field<T, B, ?>> byName = new HashMap<>();
  private final List<Field<T, B, ?>> claimable;

  /** The fields of a record that no claim is about: its identity and its provenance. */
  private static final Set<String> NOT_CLAIMABLE = Set.of("id", "sources", "claims");

  private Declaration(
      Class<T> type,
      String noun,
      Supplier<B> newBuilder,
      Function<B, T> build,
      List<Field<T, B, ?>> fields) {
    this.type = type;
    this.noun = noun;
    this.newBuilder = newBuilder;
    this.build = build;
    this.fields = List.copyOf(fields);
    fields.forEach(field -> byName.put(field.name(), field));
    this.claimable = this.fields.stream().filter(f -> !NOT_CLAIMABLE.contains(f.name())).toList();
  }

  /**
   * Starts the declaration of a type.
   *
   * @param <T> the type
   * @param <B> its builder's type
   * @param type the type
   * @param noun how messages name one value of it, such as {@code a conversation}
   * @param newBuilder makes an empty builder
   * @param build builds a value from a builder
   * @return the fields to declare
   */
  static <T, B> Fields<T, B> of(
      Class<T> type, String noun, Supplier<B> newBuilder, Function<B, T> build) {
    return new Fields<>(type, noun, newBuilder, build);
  }

  /**
   * Returns the type declared.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns how messages name one value of the type, such as {@code a conversation} or {@code
   * talks}.
   *
   * @return the noun with its article
   */
  public String noun() {
    return noun;
  }

  /**
   * Returns a new, empty builder of the type.
   *
   * @return a builder
   */
  public B newBuilder() {
    return newBuilder.get();
  }

  /**
   * Builds a value from a builder, checking its rules.
   *
   * @param builder the builder
   * @return the value
   */
  public T build(B builder) {
    return build.apply(builder);
  }

  /**
   * Sets every field of a value on a builder, as the value holds it: a list's elements are added to
   * those the builder holds, as its {@code add} methods do.
   *
   * @param value the value to copy
   * @param builder the builder to set
   */
  public void copy(T value, B builder) {
    for (Field<T, B, ?> field : fields) {
      field.copy(value, builder);
    }
  }

  /**
   * Returns the fields, in the order the type declares them.
   *
   * @return the fields
   */
  public List<Field<T, B, ?>> fields() {
    return fields;
  }

  /**
   * Returns the fields a source may give another value for in a claim: every field but the id, the
   * sources and the claims.
   *
   * @return the fields, in the order the type declares them
   */
  public List<Field<T, B, ?>> claimableFields() {
    return claimable;
  }

  /**
   * Finds a field by name.
   *
   * @param name the field's name
   * @return the field, or empty
   */
  public Optional<Field<T, B, ?>> field(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  @Override
  public String toString() {
    return type.getSimpleName() + fields;
  }

  /**
   * The fields of a declaration, as they are declared one after the other.
   *
   * @param <T> the type declared
   * @param <B> its builder's type
   */
  static final class Fields<T, B> {
    private final Class<T> type;
    private final String noun;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Field<T, B, ?>> fields = new ArrayList<>();

    private Fields(Class<T> type, String noun, Supplier<B> newBuilder, Function<B, T> build) {
      this.type = type;
      this.noun = noun;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** The record's own id, a required string of the form of ids. */
    Fields<T, B> id(Function<T, String> get, BiConsumer<B, String> set) {
      return add(new Field<>("id", Arity.REQUIRED, Holds.id(), get, set, 0, "", null));
    }

    /** A field with exactly one value. */
    <V> Fields<T, B> required(
        String name, Function<T, V> get, BiConsumer<B, V> set, Holds<V> holds) {
      return add(new Field<>(name, Arity.REQUIRED, holds, get, set, 0, "", null));
    }

    /** A field with one value or none. */
    <V> Fields<T, B> optional(
        String name, Function<T, Optional<V>> get, BiConsumer<B, V> set, Holds<V> holds) {
      return add(new Field<>(name, Arity.OPTIONAL, holds, get, set, 0, "", null));
    }

    /** A list, filled one element at a time with {@code add}. */
    <V> Fields<T, B> list(
        String name, Function<T, List<V>> get, BiConsumer<B, V> add, Holds<V> holds) {
      return add(new Field<>(name, Arity.LIST, holds, get, add, 0, "", null));
    }

    /** A map from lower-case scheme names to values. */
    <V> Fields<T, B> map(
        String name,
        Function<T, Map<String, V>> get,
        BiConsumer<B, Map<String, V>> set,
        Holds<V> holds) {
      return add(new Field<>(name, Arity.MAP, holds, get, set, 0, "", null));
    }

    /** The last list declared must hold at least this many elements, counted as {@code word}. */
    Fields<T, B> atLeast(int minimum, String word) {
      Field<T, B, ?> last = last();
      if (last.arity() != Arity.LIST || minimum < 1) {
        throw new IllegalStateException("only a list has a minimum, of at least 1: " + last);
      }
      fields.set(fields.size() - 1, last.withAtLeast(minimum, word));
      return this;
    }

    /** The last field declared must hold one of the elements of an earlier list field. */
    Fields<T, B> oneOf(String listField) {
      Field<T, B, ?> last = last();
      Optional<Field<T, B, ?>> earlierList =
          fields.stream()
              .filter(f -> f.name().equals(listField) && f.arity() == Arity.LIST && f != last)
              .findFirst();
      if (earlierList.isEmpty() || last.arity() == Arity.LIST || last.arity() == Arity.MAP) {
        throw new IllegalStateException(last + " cannot be one of " + listField);
      }
      fields.set(fields.size() - 1, last.withOneOf(earlierList.get()));
      return this;
    }

    Declaration<T, B> declare() {
      return new Declaration<>(type, noun, newBuilder, build, fields);
    }

    private Fields<T, B> add(Field<T, B, ?> field) {
      Objects.requireNonNull(field.name());
      if (fields.stream().anyMatch(f -> f.name().equals(field.name()))) {
        throw new IllegalStateException(
            type.getSimpleName() + " declares " + field.name() + " twice");
      }
      fields.add(field);
      return this;
    }

    private Field<T, B, ?> last() {
      if (fields.isEmpty()) {
        throw new IllegalStateException("no field declared yet");
      }
      return fields.get(fields.size() - 1);
    }
  }
}
