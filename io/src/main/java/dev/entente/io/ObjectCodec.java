package dev.entente.io;

import dev.entente.InvalidRecordException;
import dev.entente.io.EntenteJsonException.Kind;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * A value written as a JSON object with a fixed list of properties, read through a builder.
 *
 * <p>Reading rejects unknown fields (unless the input ignores them), duplicate keys, missing
 * required fields and values of the wrong type, then builds the value and reports a broken rule of
 * the value as an error at its path. Writing puts the properties in their fixed order and leaves
 * out what is absent or empty.
 *
 * @param <T> the type of value
 * @param <B> the type of its builder
 */
final class ObjectCodec<T, B> extends Codec<T> {
  private final String description;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Property<T, B, ?>> properties;
  private final Map<String, Integer> indexByName = new HashMap<>();
  private final String fieldNames;

  private ObjectCodec(String description, Supplier<B> newBuilder, Function<B, T> build, List<Property<T, B, ?>> properties) {
    if (properties.size() > Long.SIZE) {
      throw new IllegalArgumentException("at most 64 properties");
    }
    this.description = description;
    this.newBuilder = newBuilder;
    this.build = build;
    this.properties = List.copyOf(properties);
    for (int i = 0; i < properties.size(); i++) {
      indexByName.put(properties.get(i).name, i);
    }
    this.fieldNames = properties.stream().map(p -> p.name).collect(Collectors.joining(", "));
  }

  static <T, B> Builder<T, B> of(String description, Supplier<B> newBuilder, Function<B, T> build) {
    return new Builder<>(description, newBuilder, build);
  }

  /** Collects the properties of an {@link ObjectCodec}, in the order they are written. */
  static final class Builder<T, B> {
    private final String description;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, B, ?>> properties = new ArrayList<>();

    private Builder(String description, Supplier<B> newBuilder, Function<B, T> build) {
      this.description = description;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** A field that must be present. */
    <V> Builder<T, B> required(String name, Function<T, V> get, BiConsumer<B, V> set, Codec<V> codec) {
      properties.add(new Property<>(name, true, get, value -> true, set, codec));
      return this;
    }

    /** A field that may be left out. */
    <V> Builder<T, B> optional(String name, Function<T, Optional<V>> get, BiConsumer<B, V> set, Codec<V> codec) {
      properties.add(new Property<>(name, false, value -> get.apply(value).orElse(null), value -> value != null, set, codec));
      return this;
    }

    /** A list that may be left out when empty. */
    <V> Builder<T, B> list(String name, Function<T, List<V>> get, BiConsumer<B, List<V>> set, Codec<V> element) {
      properties.add(new Property<>(name, false, get, list -> !list.isEmpty(), set, new ListCodec<>(element)));
      return this;
    }

    /** A map of strings that may be left out when empty. */
    Builder<T, B> map(String name, Function<T, Map<String, String>> get, BiConsumer<B, Map<String, String>> set, StringMapCodec codec) {
      properties.add(new Property<>(name, false, get, map -> !map.isEmpty(), set, codec));
      return this;
    }

    ObjectCodec<T, B> build() {
      return new ObjectCodec<>(description, newBuilder, build, properties);
    }
  }

  /**
   * One field of the object: its name, whether it is required, and how to get it (or {@code null}
   * when absent), tell whether it is written, set it and code it.
   */
  private static final class Property<T, B, V> {
    final String name;
    final SerializableString serializedName;
    final boolean required;
    final Function<T, V> get;
    final Predicate<V> written;
    final BiConsumer<B, V> set;
    final Codec<V> codec;

    Property(
        String name, boolean required, Function<T, V> get, Predicate<V> written, BiConsumer<B, V> set, Codec<V> codec) {
      this.name = name;
      this.serializedName = new SerializedString(name);
      this.required = required;
      this.get = get;
      this.written = written;
      this.set = set;
      this.codec = codec;
    }

    void read(JsonInput in, B builder) {
      set.accept(builder, codec.read(in));
    }

    void write(T value, JsonGenerator out) {
      V field = get.apply(value);
      if (written.test(field)) {
        out.writeName(serializedName);
        codec.write(field, out);
      }
    }
  }

  @Override
  String description() {
    return description;
  }

  @Override
  T read(JsonInput in) {
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.wrongType(description);
    }
    TokenStreamLocation start = in.parser().currentTokenLocation();
    B builder = newBuilder.get();
    long seen = 0;
    while (in.next() == JsonToken.PROPERTY_NAME) {
      String name = in.parser().currentName();
      Integer index = indexByName.get(name);
      if (index == null) {
        in.skipUnknownField(name, description, fieldNames);
        continue;
      }
      long bit = 1L << index;
      if ((seen & bit) != 0) {
        throw in.error(Kind.DUPLICATE_KEY, "the key \"" + name + "\" appears twice in " + description);
      }
      seen |= bit;
      in.enter(name);
      in.next();
      properties.get(index).read(in, builder);
      in.leave();
    }
    checkRequired(in, seen, start);
    return build(in, builder, start);
  }

  private void checkRequired(JsonInput in, long seen, TokenStreamLocation start) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < properties.size(); i++) {
      if (properties.get(i).required && (seen & (1L << i)) == 0) {
        missing.add("\"" + properties.get(i).name + "\"");
      }
    }
    if (!missing.isEmpty()) {
      throw JsonInput.error(
          Kind.MISSING_FIELD,
          in.path(),
          start,
          description + " needs " + (missing.size() == 1 ? "the field " : "the fields ") + String.join(", ", missing),
          null);
    }
  }

  private T build(JsonInput in, B builder, TokenStreamLocation start) {
    try {
      return build.apply(builder);
    } catch (InvalidRecordException e) {
      throw JsonInput.error(Kind.INVALID_RECORD, in.pathTo(e.field()), start, e.getMessage(), e);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw JsonInput.error(Kind.INVALID_VALUE, in.path(), start, e.getMessage(), e);
    }
  }

  @Override
  void write(T value, JsonGenerator out) {
    out.writeStartObject();
    for (Property<T, B, ?> property : properties) {
      property.write(value, out);
    }
    out.writeEndObject();
  }
}
