package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where something takes place: a country, current or former, and, when known, the localities as the
 * source names them (several when it names several: {@code London, Cornwall}), a venue, the
 * coordinates, how precisely the place is known, and identifiers in gazetteers such as GeoNames. A
 * place in a state without an ISO 3166 code (the Kingdom of Hawaii) names the state's party instead
 * of a code.
 *
 * <pre>{@code
 * Place geneva = Place.of("Geneva", CountryCode.of("CH"));
 * Place summit = Place.builder()
 *     .venue("Palais des Nations").addLocality("Geneva").country(CountryCode.of("CH"))
 *     .coordinates(Coordinates.of(46.2266, 6.1404)).precision(PlacePrecision.VENUE)
 *     .putIdentifier("geonames", "2660646")
 *     .build();
 * Place honolulu = Place.builder().addLocality("Honolulu").party("kingdom-of-hawaii").build();
 * }</pre>
 *
 * <p>Rules: the venue and the localities are not blank; localities are distinct; a place has a
 * country code, a party, or both.
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
   * Returns one locality, such as a city, in a country.
   *
   * @param locality the locality, such as {@code Vienna}
   * @param country the country, such as {@code AT}
   * @return the place
   * @throws InvalidRecordException if the locality is blank
   */
  public static Place of(String locality, CountryCode country) {
    return builder().addLocality(locality).country(country).build();
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
   * Returns the venue, such as a building or a residence, as the source names it.
   *
   * @return the venue, not blank, such as {@code Camp David}, or empty
   */
  public abstract Optional<String> venue();

  /**
   * Returns the localities, as the source names them: cities, towns or regions, in its order.
   *
   * @return the localities, distinct, none blank
   */
  public abstract List<String> localities();

  /**
   * Returns the country's ISO 3166 code, current or former.
   *
   * @return the country, or empty if the place names a {@link #party()} instead
   */
  public abstract Optional<CountryCode> country();

  /**
   * Returns the state the place is in, as the id of its {@link Party}: for a state without an ISO
   * 3166 code, such as the Kingdom of Hawaii, or to name which of the states that held a code the
   * place was in.
   *
   * @return the id of a party, or empty
   */
  public abstract Optional<String> party();

  /**
   * Returns the coordinates, in WGS 84.
   *
   * @return the coordinates, or empty if not known
   */
  public abstract Optional<Coordinates> coordinates();

  /**
   * Returns how precisely the place is known: the finest level its coordinates and identifiers
   * stand for.
   *
   * @return the precision, or empty if the source does not say
   */
  public abstract Optional<PlacePrecision> precision();

  /**
   * Returns identifiers in gazetteers, by scheme, such as {@code geonames -> 2660646}.
   *
   * @return identifiers by lower-case scheme name
   */
  public abstract Map<String, String> identifiers();

  @Value.Check
  final void check() {
    Invariants check = checkFields();
    if (country().isEmpty() && party().isEmpty()) {
      throw check.fail(
          "country",
          "a place must have a country code or, in a state without one, the state's party");
    }
  }

  /**
   * Returns the place as the venue, the localities, the country code and the party, those it has,
   * each followed by a comma but the last: {@code Palais des Nations, Geneva, CH}.
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    venue().ifPresent(parts::add);
    parts.addAll(localities());
    country().ifPresent(code -> parts.add(code.code()));
    party().ifPresent(parts::add);
    return String.join(", ", parts);
  }

  @Override
  final Declaration<?, ?> declaration() {
    return Declarations.PLACE;
  }
}
