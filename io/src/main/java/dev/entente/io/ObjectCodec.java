package dev.entente.io;

import dev.entente.InvalidRecordException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.PropertyNameMatcher;

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
  private final List<Property<T, B>> properties;

  /**
   * Matches field names to the properties' indexes in the parser's own buffer, without making
   * strings.
   */
  private final PropertyNameMatcher names;

  private final String fieldNames;

  /** The bits of the required properties, by index, as {@link #read} marks the fields it sees. */
  private final long requiredFields;

  private ObjectCodec(
      String description,
      Supplier<B> newBuilder,
      Function<B, T> build,
      List<Property<T, B>> properties) {
    if (properties.size() > Long.SIZE) {
      throw new IllegalArgumentException("at most 64 properties");
    }
    this.description = description;
    this.newBuilder = newBuilder;
    this.build = build;
    this.properties = List.copyOf(properties);
    // As JsonFactory.constructNameMatcher makes it, for a matcher shared by every parser.
    this.names = JacksonAdapter.nameMatcher(properties.stream().map(p -> p.name).toList());
    this.fieldNames = properties.stream().map(p -> p.name).collect(Collectors.joining(", "));
    long required = 0;
    for (int i = 0; i < properties.size(); i++) {
      if (properties.get(i).required) {
        required |= 1L << i;
      }
    }
    this.requiredFields = required;
  }

  static <T, B> Builder<T, B> of(String description, Supplier<B> newBuilder, Function<B, T> build) {
    return new Builder<>(description, newBuilder, build);
  }

  /** Collects the properties of an {@link ObjectCodec}, in the order they are written. */
  static final class Builder<T, B> {
    private final String description;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, B>> properties = new ArrayList<>();

    private Builder(String description, Supplier<B> newBuilder, Function<B, T> build) {
      this.description = description;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** A field that must be present. */
    <V> Builder<T, B> required(
        String name, Function<T, V> get, BiConsumer<B, V> set, Codec<V> codec) {
      return requiredBy(name, get, codec::write, setting(set, codec));
    }

    /** A field that may be left out. */
    <V> Builder<T, B> optional(
        String name, Function<T, Optional<V>> get, BiConsumer<B, V> set, Codec<V> codec) {
      properties.add(
          new Property<T, B>(name, false, setting(set, codec)) {
            @Override
            void write(T value, JsonGenerator out) {
              Optional<V> field = get.apply(value);
              if (field.isPresent()) {
                out.writeName(serializedName);
                codec.write(field.get(), out);
              }
            }
          });
      return this;
    }

    /**
     * A list that may be left out when empty, read element by element into the builder with {@code
     * add}, without a list of its own.
     */
    <V> Builder<T, B> list(
        String name, Function<T, List<V>> get, BiConsumer<B, V> add, Codec<V> element) {
      ListCodec<V> codec = new ListCodec<>(element);
      properties.add(
          new Property<T, B>(name, false, (in, builder) -> codec.readEach(in, builder, add)) {
            @Override
            void write(T value, JsonGenerator out) {
              List<V> field = get.apply(value);
              if (!field.isEmpty()) {
                out.writeName(serializedName);
                codec.write(field, out);
              }
            }
          });
      return this;
    }

    /** A map of strings that may be left out when empty. */
    Builder<T, B> map(
        String name,
        Function<T, Map<String, String>> get,
        BiConsumer<B, Map<String, String>> set,
        StringMapCodec codec) {
      properties.add(
          new Property<T, B>(name, false, setting(set, codec)) {
            @Override
            void write(T value, JsonGenerator out) {
              Map<String, String> field = get.apply(value);
              if (!field.isEmpty()) {
                out.writeName(serializedName);
                codec.write(field, out);
              }
            }
          });
      return this;
    }

    /**
     * A required field read and written by means of its own, for a value whose form another field
     * gives, such as a claim's value, whose form is its field's.
     */
    <V> Builder<T, B> requiredBy(
        String name, Function<T, V> get, BiConsumer<V, JsonGenerator> write, FieldReader<B> read) {
      properties.add(
          new Property<T, B>(name, true, read) {
            @Override
            void write(T value, JsonGenerator out) {
              out.writeName(serializedName);
              write.accept(get.apply(value), out);
            }
          });
      return this;
    }

    private static <B, V> FieldReader<B> setting(BiConsumer<B, V> set, Codec<V> codec) {
      return (in, builder) -> set.accept(builder, codec.read(in));
    }

    ObjectCodec<T, B> build() {
      return new ObjectCodec<>(description, newBuilder, build, properties);
    }
  }

  /** Reads a field's value, whose first token is current, into a builder. */
  @FunctionalInterface
  interface FieldReader<B> {
    void read(JsonInput in, B builder);
  }

  /**
   * One field of the object: its name, whether it is required, how to read it into the builder, and
   * how to write it from a value, leaving it out when absent or empty. Each arity writes in a class
   * of its own, straight from the value's accessor to the field's codec.
   */
  private abstract static class Property<T, B> {
    final String name;
    final SerializableString serializedName;
    final boolean required;
    final FieldReader<B> reader;

    Property(String name, boolean required, FieldReader<B> reader) {
      this.name = name;
      this.serializedName = new SerializedString(name);
      this.required = required;
      this.reader = reader;
    }

    void read(JsonInput in, B builder) {
      reader.read(in, builder);
    }

    /** Writes the field's name and value, unless the field is absent or empty. */
    abstract void write(T value, JsonGenerator out);
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
    TokenStreamLocation start = in.objectStart();
    B builder = newBuilder.get();
    long seen = 0;
    for (int index = in.nextField(names);
        index != PropertyNameMatcher.MATCH_END_OBJECT;
        index = in.nextField(names)) {
      if (index == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
        in.skipUnknownField(in.name(), description, fieldNames);
        continue;
      }
      Property<T, B> property = properties.get(index);
      long bit = 1L << index;
      if ((seen & bit) != 0) {
        throw EntenteJsonException.duplicateKey(in.path(), in.here(), property.name, description);
      }
      seen |= bit;
      in.enter(property.name);
      in.next();
      property.read(in, builder);
      in.leave();
    }
    checkRequired(in, seen, start);
    return build(in, builder, start);
  }

  private void checkRequired(JsonInput in, long seen, @Nullable TokenStreamLocation start) {
    if ((seen & requiredFields) == requiredFields) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < properties.size(); i++) {
      if (properties.get(i).required && (seen & (1L << i)) == 0) {
        missing.add(properties.get(i).name);
      }
    }
    throw EntenteJsonException.missingFields(
        in.path(), in.objectPosition(start), description, missing);
  }

  private T build(JsonInput in, B builder, @Nullable TokenStreamLocation start) {
    try {
      return build.apply(builder);
    } catch (InvalidRecordException e) {
      throw EntenteJsonException.invalidRecord(in.pathTo(e.field()), in.objectPosition(start), e);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw EntenteJsonException.invalidValue(in.path(), in.objectPosition(start), e);
    }
  }

  @Override
  void write(T value, JsonGenerator out) {
    out.writeStartObject();
    for (Property<T, B> property : properties) {
      property.write(value, out);
    }
    out.writeEndObject();
  }
}
