package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where something takes place: a country and, when known, a city.
 *
 * <pre>{@code
 * Place geneva = Place.of("Geneva", CountryCode.of("CH"));
 * }</pre>
 */
@Value.Immutable
public abstract class Place extends ModelValue {
  Place() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a city in a country.
   *
   * @param city the city, such as {@code Vienna}
   * @param country the country, such as {@code AT}
   * @return the place
   * @throws InvalidRecordException if the city is blank
   */
  public static Place of(String city, CountryCode country) {
    return builder().city(city).country(country).build();
  }

  /**
   * Builds a {@link Place}. Each setter sets the field of the same name, and the accessor its
   * javadoc links to states the field's rule. A field read as an {@code Optional}, a {@code List}
   * or a {@code Map} may be left out; every other must be set (a setter takes {@code null}, and
   * {@link #build()} then reports the field as missing). {@link #build()} checks every field's rule
   * and its rules, and names the field that breaks one.
   */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}

    /**
     * Sets every field from a place, to build a changed copy of it: lists are added to what this
     * builder holds.
     *
     * @param place the place to copy
     * @return this builder
     */
    public Builder from(Place place) {
      Declarations.PLACE.copy(place, this);
      return this;
    }

    /**
     * Builds the place from what was set.
     *
     * @return the place
     * @throws InvalidRecordException if a required field is not set or a rule is broken; the
     *     message names the field
     */
    @Override
    public Place build() {
      return super.build();
    }
  }

  /**
   * Returns the city, if known.
   *
   * @return the city, not blank, or empty
   */
  public abstract Optional<String> city();

  /**
   * Returns the country.
   *
   * @return the country
   */
  public abstract CountryCode country();

  @Value.Check
  final void check() {
    checkFields();
  }

  /** Returns the place as {@code City, CC}, or the country code alone. */
  @Override
  public String toString() {
    return city().map(c -> c + ", ").orElse("") + country();
  }

  @Override
  final Declaration<?, ?> declaration() {
    return Declarations.PLACE;
  }
}
