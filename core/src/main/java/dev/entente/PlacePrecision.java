package dev.entente;

/**
 * How precisely a {@link Place} is known: the finest level its coordinates and identifiers stand
 * for. A source that says "Moscow" locates a locality; one that gives a building, a venue.
 */
public enum PlacePrecision {
  /** A building, a residence or a site, such as Camp David. */
  VENUE,
  /** A city, a town or another locality. */
  LOCALITY,
  /** A region within a country, such as a province or an island. */
  REGION,
  /** The country as a whole: the source names no place within it. */
  COUNTRY
}
