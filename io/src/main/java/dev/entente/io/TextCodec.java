package dev.entente.io;

import tools.jackson.core.JsonGenerator;

/**
 * A value that is a JSON string as it is, such as a name or an id: read and written without a
 * conversion, where a {@link ScalarCodec} parses and formats its values.
 */
final class TextCodec extends Codec<String> {
  private final String description;

  TextCodec(String description) {
    this.description = description;
  }

  @Override
  String description() {
    return description;
  }

  @Override
  String read(JsonInput in) {
    return in.string(description);
  }

  @Override
  void write(String value, JsonGenerator out) {
    out.writeString(value);
  }
}
