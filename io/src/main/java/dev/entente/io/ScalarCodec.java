package dev.entente.io;

import java.time.DateTimeException;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/** A value written as one JSON string, such as a time point, a duration or a country code. */
final class ScalarCodec<T> extends Codec<T> {
  private final String description;
  private final Function<String, T> parse;
  private final Function<T, String> format;

  ScalarCodec(String description, Function<String, T> parse, Function<T, String> format) {
    this.description = description;
    this.parse = parse;
    this.format = format;
  }

  @Override
  String description() {
    return description;
  }

  @Override
  T read(JsonInput in) {
    String text = in.string(description);
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw EntenteJsonException.invalidValue(in.path(), in.here(), e);
    }
  }

  @Override
  void write(T value, JsonGenerator out) {
    out.writeString(format.apply(value));
  }
}
