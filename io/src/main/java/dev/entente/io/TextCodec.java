package dev.entente.io;

import tools.jackson.core.JsonGenerator;

/**
 * A value that is a JSON string as it is, such as a name or an id: read and written without a
 * conversion, where a {@link ScalarCodec} parses and formats its values.
 */
final class TextCodec extends Codec<String> {
  private final String description;
  private final boolean isId;

  private TextCodec(String description, boolean isId) {
    this.description = description;
    this.isId = isId;
  }

  /** The codec of texts, each read as a string of its own. */
  static TextCodec texts(String description) {
    return new TextCodec(description, false);
  }

  /**
   * The codec of ids and references, read through the input's {@link IdPool}: every occurrence of
   * an id is one string.
   */
  static TextCodec ids(String description) {
    return new TextCodec(description, true);
  }

  @Override
  String description() {
    return description;
  }

  @Override
  String read(JsonInput in) {
    return isId ? in.id(description) : in.string(description);
  }

  @Override
  void write(String value, JsonGenerator out) {
    out.writeString(value);
  }
}
