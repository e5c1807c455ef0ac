package dev.entente.io;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * A number, written as a JSON number: a latitude or a longitude, a confidence. Its range is checked
 * by the value it is part of, such as {@link dev.entente.Coordinates}.
 */
final class NumberCodec extends Codec<Double> {
  private final String description;

  /**
   * @param description what the number is, for messages, such as {@code a number of decimal
   *     degrees}
   */
  NumberCodec(String description) {
    this.description = description;
  }

  @Override
  String description() {
    return description;
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
  void write(Double number, JsonGenerator out) {
    out.writeNumber(number.doubleValue());
  }
}
