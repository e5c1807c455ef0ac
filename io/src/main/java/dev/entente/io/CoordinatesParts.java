package dev.entente.io;

import dev.entente.Coordinates;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The parts of {@link Coordinates} as read, before they are checked together. */
final class CoordinatesParts {
  private @Nullable Double latitude;
  private @Nullable Double longitude;

  void latitude(Double latitude) {
    this.latitude = latitude;
  }

  void longitude(Double longitude) {
    this.longitude = longitude;
  }

  /** The coordinates; their codec has checked that both parts are there. */
  Coordinates build() {
    return Coordinates.of(
        Objects.requireNonNull(latitude, "latitude"),
        Objects.requireNonNull(longitude, "longitude"));
  }
}
