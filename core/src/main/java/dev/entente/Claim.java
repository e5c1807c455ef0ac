package dev.entente;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value that a source gives for a field of a record, other than the value the record holds: one
 * news page put the call at 13:35, another at 15:35; the record keeps one and a claim the other,
 * with the statement that made it and, if the source or its reader says so, a confidence.
 *
 * <pre>{@code
 * Conversation call = Conversation.builder()
 *     // ...
 *     .when(Span.of(TimePoint.parse("2021-12-30T15:35-05:00"), Duration.ofMinutes(50)))
 *     .addSource("white-house-readout")
 *     .addClaim(Claim.of("when", Span.of(TimePoint.parse("2021-12-30T13:35-05:00")), "news-page"))
 *     .build();
 * }</pre>
 *
 * <p>The value is of the field's own type, as its accessor gives it without the {@code Optional}: a
 * {@link Span} for {@code when}, a {@code String} for a text or a reference, a {@link Place}, an
 * enum constant, a {@code List} of the elements for a list field (the whole list the source gives).
 * The record that holds a claim checks it by the field's own rules: the field is one of its fields
 * (not {@code id}, {@code sources} or {@code claims}), the value has the field's type and form, and
 * it differs from the value the record holds (a source that agrees is one of the record's {@link
 * DossierRecord#sources() sources}). A claim's references, and its source, are checked across the
 * dossier like any.
 *
 * <p>Rules: the field is a name, the source an id, the confidence, if any, within [0, 1].
 */
public final class Claim {
  private final String field;
  private final Object value;
  private final String source;
  private final @Nullable Double confidence;

  private Claim(String field, Object value, String source, @Nullable Double confidence) {
    this.field = field;
    this.value = value;
    this.source = source;
    this.confidence = confidence;
  }

  /**
   * Returns a claim without a confidence.
   *
   * @param field the name of the field, as its accessor and the JSON format spell it, such as
   *     {@code when}
   * @param value the value the source gives, of the field's type; a list or a map is copied
   * @param source the id of the statement that gives it
   * @return the claim
   * @throws IllegalArgumentException if the field is blank, or the source is not an id
   */
  public static Claim of(String field, Object value, String source) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    if (field.isBlank()) {
      throw new IllegalArgumentException("a claim's field must be named");
    }
    if (!Invariants.isId(source)) {
      throw new IllegalArgumentException(
          "a claim's source " + Invariants.quote(source) + " is not an id of a statement");
    }
    return new Claim(field, copyOf(value), source, null);
  }

  private static Object copyOf(Object value) {
    if (value instanceof List<?> list) {
      return List.copyOf(list);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((key, element) -> copy.put(key, Objects.requireNonNull(element, "a value")));
      return Collections.unmodifiableMap(copy);
    }
    return value;
  }

  /**
   * Returns this claim with a confidence, in place of any it had.
   *
   * @param confidence how likely the value is right, from 0 to 1, as the source or its reader rates
   *     it
   * @return the claim with the confidence
   * @throws IllegalArgumentException if the confidence is not within [0, 1]
   */
  public Claim withConfidence(double confidence) {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "a claim's confidence " + confidence + " is not within [0, 1]");
    }
    return new Claim(field, value, source, confidence + 0.0);
  }

  /**
   * Returns the name of the field the claim gives a value for.
   *
   * @return the field's name, such as {@code when}
   */
  public String field() {
    return field;
  }

  /**
   * Returns the value the source gives, of the field's type.
   *
   * @return the value: a {@code List} for a list field, never an {@code Optional}
   */
  public Object value() {
    return value;
  }

  /**
   * Returns the id of the statement that gives the value.
   *
   * @return a statement id
   */
  public String source() {
    return source;
  }

  /**
   * Returns how likely the value is right, as the source or its reader rates it.
   *
   * @return a number within [0, 1], or empty
   */
  public Optional<Double> confidence() {
    return Optional.ofNullable(confidence);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Claim that
        && field.equals(that.field)
        && value.equals(that.value)
        && source.equals(that.source)
        && Objects.equals(confidence, that.confidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, value, source, confidence);
  }

  /** Returns the claim as {@code field=value per source[ (confidence)]}. */
  @Override
  public String toString() {
    return field
        + "="
        + value
        + " per "
        + source
        + (confidence == null ? "" : " (" + confidence + ")");
  }
}
