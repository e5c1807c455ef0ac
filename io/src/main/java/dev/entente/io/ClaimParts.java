package dev.entente.io;

import dev.entente.Claim;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a {@link Claim} as read, before they are checked together; its value is read by the
 * codec of the field it is about, which must come before it.
 */
final class ClaimParts {
  private final Map<String, Codec<Object>> valueCodecs;
  private final String claimable;
  private @Nullable String field;
  private @Nullable Object value;
  private @Nullable String source;
  private @Nullable Double confidence;

  /**
   * @param valueCodecs the codec of the value of each field a claim of the record may be about
   * @param claimable those fields' names, for messages
   */
  ClaimParts(Map<String, Codec<Object>> valueCodecs, String claimable) {
    this.valueCodecs = valueCodecs;
    this.claimable = claimable;
  }

  void field(String field) {
    this.field = field;
  }

  /** Reads the value in the form of the claimed field, which was read before it. */
  void value(JsonInput in) {
    if (field == null) {
      throw EntenteJsonException.invalidValue(
          in.path(),
          in.here(),
          new IllegalArgumentException(
              "a claim's field must come before its value, which is read in the field's form"));
    }
    Codec<Object> codec = valueCodecs.get(field);
    if (codec == null) {
      throw EntenteJsonException.invalidValue(
          in.path(),
          in.here(),
          new IllegalArgumentException(
              "the claim is about \""
                  + field
                  + "\", which is no field a source can give: one of "
                  + claimable));
    }
    value = codec.read(in);
  }

  void source(String source) {
    this.source = source;
  }

  void confidence(Double confidence) {
    this.confidence = confidence;
  }

  /** The claim; its codec has checked that the field, the value and the source are there. */
  Claim build() {
    Claim claim =
        Claim.of(
            Objects.requireNonNull(field, "field"),
            Objects.requireNonNull(value, "value"),
            Objects.requireNonNull(source, "source"));
    return confidence == null ? claim : claim.withConfidence(confidence);
  }
}
