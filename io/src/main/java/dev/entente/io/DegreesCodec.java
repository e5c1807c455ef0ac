package dev.entente.io;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * Decimal degrees, written as a JSON number: a latitude or a longitude. Its range is checked by the
 * {@link dev.entente.Coordinates} it is part of.
 */
final class DegreesCodec extends Codec<Double> {
  @Override
  String description() {
    return "a number of decimal degrees";
  }

  @Override
  Double read(JsonInput in) {
    JsonToken token = in.token();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw in.wrongType(description());
    }
    return in.parser().getDoubleValue();
  }

  @Override
  void write(Double degrees, JsonGenerator out) {
    out.writeNumber(degrees.doubleValue());
  }
}
