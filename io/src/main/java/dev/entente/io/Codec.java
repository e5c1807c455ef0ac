package dev.entente.io;

import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes one type of value as JSON: the one mechanism behind every type of the format,
 * used by {@link EntenteJson} and by the {@link EntenteModule} alike.
 */
abstract class Codec<T> {
  /** What the value looks like in JSON, for messages: "a string (an ISO 8601 duration)". */
  abstract String description();

  /**
   * Reads a value whose first token is the input's current token; leaves its last token current.
   */
  abstract T read(JsonInput in);

  /** Writes a value. */
  abstract void write(T value, JsonGenerator out);
}
