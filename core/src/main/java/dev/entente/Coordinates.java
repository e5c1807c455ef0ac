package dev.entente;

import org.jspecify.annotations.Nullable;

/**
 * A point on the Earth in WGS 84, the datum of GPS and of GeoNames: a latitude and a longitude in
 * decimal degrees.
 *
 * <pre>{@code
 * Coordinates geneva = Coordinates.of(46.2044, 6.1432);
 * }</pre>
 *
 * <p>Rules: the latitude is within [-90, 90] and the longitude within [-180, 180], both finite.
 * {@code -0.0} is taken as {@code 0.0}, so that equal points are equal.
 */
public final class Coordinates {
  private final double latitude;
  private final double longitude;

  private Coordinates(double latitude, double longitude) {
    this.latitude = latitude;
    this.longitude = longitude;
  }

  /**
   * Returns the point at a latitude and a longitude, in decimal degrees of WGS 84.
   *
   * @param latitude degrees north of the equator, negative to the south, within [-90, 90]
   * @param longitude degrees east of Greenwich, negative to the west, within [-180, 180]
   * @return the point
   * @throws IllegalArgumentException if either is out of its range or not a finite number; the
   *     message names which and its range
   */
  public static Coordinates of(double latitude, double longitude) {
    check("latitude", latitude, 90);
    check("longitude", longitude, 180);
    return new Coordinates(latitude + 0.0, longitude + 0.0);
  }

  private static void check(String name, double degrees, int limit) {
    if (!(degrees >= -limit && degrees <= limit)) {
      throw new IllegalArgumentException(
          "the "
              + name
              + " "
              + degrees
              + " is not within [-"
              + limit
              + ", "
              + limit
              + "] decimal degrees of WGS 84");
    }
  }

  /**
   * Returns the latitude.
   *
   * @return degrees north of the equator, negative to the south
   */
  public double latitude() {
    return latitude;
  }

  /**
   * Returns the longitude.
   *
   * @return degrees east of Greenwich, negative to the west
   */
  public double longitude() {
    return longitude;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Coordinates that
        && Double.compare(latitude, that.latitude) == 0
        && Double.compare(longitude, that.longitude) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(latitude) + Double.hashCode(longitude);
  }

  /** Returns the point as latitude and longitude, separated by a comma: {@code 46.2044,6.1432}. */
  @Override
  public String toString() {
    return latitude + "," + longitude;
  }
}
