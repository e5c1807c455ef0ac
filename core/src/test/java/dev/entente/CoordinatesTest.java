package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoordinatesTest {
  @Test
  void holdsALatitudeAndALongitude() {
    Coordinates geneva = Coordinates.of(46.2044, 6.1432);

    assertThat(geneva.latitude()).isEqualTo(46.2044);
    assertThat(geneva.longitude()).isEqualTo(6.1432);
    assertThat(geneva).isEqualTo(Coordinates.of(46.2044, 6.1432)).hasToString("46.2044,6.1432");
    assertThat(geneva.hashCode()).isEqualTo(Coordinates.of(46.2044, 6.1432).hashCode());
    assertThat(geneva).isNotEqualTo(Coordinates.of(6.1432, 46.2044));
  }

  @Test
  void takesTheEdgesOfTheRangesAndNegativeZeroAsZero() {
    assertThat(Coordinates.of(-90, -180).toString()).isEqualTo("-90.0,-180.0");
    assertThat(Coordinates.of(90, 180).toString()).isEqualTo("90.0,180.0");
    assertThat(Coordinates.of(-0.0, -0.0))
        .isEqualTo(Coordinates.of(0.0, 0.0))
        .hasToString("0.0,0.0");
  }

  @ParameterizedTest
  @CsvSource({
    "90.0001, 0, 'the latitude 90.0001 is not within [-90, 90] decimal degrees of WGS 84'",
    "-91, 0, 'the latitude -91.0 is not within [-90, 90] decimal degrees of WGS 84'",
    "0, 180.5, 'the longitude 180.5 is not within [-180, 180] decimal degrees of WGS 84'",
    "0, -181, 'the longitude -181.0 is not within [-180, 180] decimal degrees of WGS 84'",
    "NaN, 0, 'the latitude NaN is not within [-90, 90] decimal degrees of WGS 84'",
    "0, Infinity, 'the longitude Infinity is not within [-180, 180] decimal degrees of WGS 84'",
  })
  void refusesDegreesOutOfRange(double latitude, double longitude, String message) {
    assertThatThrownBy(() -> Coordinates.of(latitude, longitude))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
