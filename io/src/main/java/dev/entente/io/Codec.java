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

  /**
   * Whether a document that is one such value names the same records over and over, as a dossier
   * does, so that reading it through an {@link IdPool} pays; a single record names few, mostly once
   * each, and the pool's room would cost more than the strings it saves.
   */
  boolean sharesIds() {
    return false;
  }

  /** Writes a value. */
  abstract void write(T value, JsonGenerator out);
}
