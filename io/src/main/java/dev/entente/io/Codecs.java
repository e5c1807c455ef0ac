package dev.entente.io;

import dev.entente.Claim;
import dev.entente.Coordinates;
import dev.entente.CountryCode;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.RecordKind;
import dev.entente.Span;
import dev.entente.TimePoint;
import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import dev.entente.internal.Field;
import dev.entente.internal.Holds;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The codec of every type of the format: the values by hand, the records and their parts made from
 * the model's declarations of their fields.
 */
final class Codecs {
  static final Codec<String> TEXT = new TextCodec("a string");
  static final Codec<String> ID = new TextCodec("an id string");
  static final Codec<TimePoint> TIME_POINT =
      new ScalarCodec<>("an ISO 8601 date or time string", TimePoint::parse, TimePoint::toString);
  static final Codec<Duration> DURATION =
      new ScalarCodec<>("an ISO 8601 duration string", DurationText::parse, Duration::toString);
  static final Codec<CountryCode> COUNTRY =
      new ScalarCodec<>("an ISO 3166 country code string", CountryCode::of, CountryCode::code);
  private static final Codec<Double> DEGREES = new NumberCodec("a number of decimal degrees");
  private static final Codec<Double> CONFIDENCE = new NumberCodec("a number from 0 to 1");
  static final Codec<URI> URL =
      new ScalarCodec<>("an absolute http or https URL string", Codecs::uri, URI::toString);

  static final Codec<Span> SPAN =
      ObjectCodec.<Span, SpanParts>of("a span", SpanParts::new, SpanParts::build)
          .required("start", Span::start, SpanParts::start, TIME_POINT)
          .optional("end", Span::end, SpanParts::end, TIME_POINT)
          .optional("duration", Span::duration, SpanParts::duration, DURATION)
          .build();

  static final Codec<Coordinates> COORDINATES =
      ObjectCodec.<Coordinates, CoordinatesParts>of(
              "coordinates", CoordinatesParts::new, CoordinatesParts::build)
          .required("latitude", Coordinates::latitude, CoordinatesParts::latitude, DEGREES)
          .required("longitude", Coordinates::longitude, CoordinatesParts::longitude, DEGREES)
          .build();

  /** The codecs of the values that check themselves, by type; enums have theirs made for them. */
  private static final Map<Class<?>, Codec<?>> VALUES =
      Map.of(
          TimePoint.class,
          TIME_POINT,
          Span.class,
          SPAN,
          CountryCode.class,
          COUNTRY,
          Coordinates.class,
          COORDINATES);

  /** The codec of each part, made once from its declaration while this class is initialised. */
  private static final Map<Declaration<?, ?>, Codec<?>> PARTS = new HashMap<>();

  /** The codec of each kind of record, made from its declaration, in the order of the kinds. */
  private static final Map<RecordKind, Codec<? extends DossierRecord>> RECORDS =
      new EnumMap<>(RecordKind.class);

  static {
    for (RecordKind kind : RecordKind.values()) {
      RECORDS.put(kind, objectCodec(Declarations.of(kind)));
    }
  }

  static final DossierCodec DOSSIER = new DossierCodec(RECORDS);

  /** The codec of each type a user may read or write on its own. */
  private static final Map<Class<?>, Codec<?>> BY_TYPE = new LinkedHashMap<>();

  static {
    BY_TYPE.put(Dossier.class, DOSSIER);
    RECORDS.forEach((kind, codec) -> BY_TYPE.put(kind.type(), codec));
  }

  private Codecs() {}

  static Map<Class<?>, Codec<?>> byType() {
    return BY_TYPE;
  }

  /** The codec of a dossier or a record type, or an error naming the types that have one. */
  @SuppressWarnings("unchecked")
  static <T> Codec<T> of(Class<T> type) {
    Codec<?> codec = BY_TYPE.get(type);
    if (codec == null) {
      throw new IllegalArgumentException(
          type.getName()
              + " has no JSON form of its own; these do: "
              + BY_TYPE.keySet().stream()
                  .map(Class::getSimpleName)
                  .collect(Collectors.joining(", ")));
    }
    return (Codec<T>) codec;
  }

  /** The codec of a record or part, its fields in the order of its declaration. */
  private static <T, B> ObjectCodec<T, B> objectCodec(Declaration<T, B> declaration) {
    ObjectCodec.Builder<T, B> codec =
        ObjectCodec.of(declaration.noun(), declaration::newBuilder, declaration::build);
    for (Field<T, B, ?> field : declaration.fields()) {
      addProperty(codec, field, declaration);
    }
    return codec.build();
  }

  /**
   * The codec of the claims of one kind of record: each claim's value in the form of the field it
   * is about.
   */
  private static Codec<Claim> claimCodec(Declaration<?, ?> record) {
    Map<String, Codec<Object>> values = new HashMap<>();
    record.claimableFields().forEach(field -> values.put(field.name(), claimedValueCodec(field)));
    String claimable =
        record.claimableFields().stream().map(Field::name).collect(Collectors.joining(", "));
    return ObjectCodec.<Claim, ClaimParts>of(
            "a claim", () -> new ClaimParts(values, claimable), ClaimParts::build)
        .required("field", Claim::field, ClaimParts::field, TEXT)
        .requiredBy(
            "value",
            claim -> claim,
            // A claim of a record is about one of its claimable fields, as the record checked.
            (claim, out) ->
                Objects.requireNonNull(values.get(claim.field())).write(claim.value(), out),
            (in, parts) -> parts.value(in))
        .required("source", Claim::source, ClaimParts::source, ID)
        .optional("confidence", Claim::confidence, ClaimParts::confidence, CONFIDENCE)
        .build();
  }

  /** The codec of a field's whole value, as a claim gives it: a list's as an array. */
  @SuppressWarnings("unchecked")
  private static <V> Codec<Object> claimedValueCodec(Field<?, ?, V> field) {
    return (Codec<Object>)
        switch (field.arity()) {
          case REQUIRED, OPTIONAL -> codecOf(field.holds());
          case LIST -> new WholeListCodec<>(codecOf(field.holds()));
          case MAP -> new StringMapCodec(field.name());
        };
  }

  @SuppressWarnings("unchecked")
  private static <T, B, V> void addProperty(
      ObjectCodec.Builder<T, B> codec, Field<T, B, V> field, Declaration<T, B> declaration) {
    Codec<V> values =
        field.holds().type() == Claim.class
            ? (Codec<V>) claimCodec(declaration)
            : codecOf(field.holds());
    String name = field.name();
    switch (field.arity()) {
      case REQUIRED -> codec.required(name, value -> (V) field.get(value), field.setter(), values);
      case OPTIONAL ->
          codec.optional(name, value -> (Optional<V>) field.get(value), field.setter(), values);
      case LIST -> codec.list(name, value -> (List<V>) field.get(value), field.setter(), values);
      case MAP ->
          codec.map(
              name,
              value -> (Map<String, String>) field.get(value),
              (BiConsumer<B, Map<String, String>>) (Object) field.mapSetter(),
              new StringMapCodec(name));
    }
  }

  @SuppressWarnings("unchecked")
  private static <V> Codec<V> codecOf(Holds<V> holds) {
    return (Codec<V>)
        switch (holds.kind()) {
          case ID, REFERENCE -> ID;
          case TEXT -> TEXT;
          case WEB_ADDRESS -> URL;
          case PART -> partCodec(holds.part());
          case VALUE -> valueCodec(holds.type());
        };
  }

  private static Codec<?> partCodec(Declaration<?, ?> part) {
    Codec<?> codec = PARTS.get(part);
    if (codec == null) {
      codec = objectCodec(part);
      PARTS.put(part, codec);
    }
    return codec;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Codec<?> valueCodec(Class<?> type) {
    if (type.isEnum()) {
      return new EnumCodec(type);
    }
    Codec<?> codec = VALUES.get(type);
    if (codec == null) {
      throw new IllegalStateException("no codec for the values of " + type.getName());
    }
    return codec;
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not a URL: " + e.getMessage(), e);
    }
  }
}
