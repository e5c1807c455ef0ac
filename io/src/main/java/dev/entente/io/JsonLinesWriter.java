package dev.entente.io;

import dev.entente.DossierRecord;
import java.io.Closeable;
import java.io.Flushable;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes records of one type as JSON Lines: one compact record a line, each line ended by {@code
 * \n}. Made by {@link EntenteJson#linesWriter}; not safe for use by several threads.
 *
 * <pre>{@code
 * try (JsonLinesWriter<Conversation> writer = json.linesWriter(out, Conversation.class)) {
 *   calls.forEach(writer::write);
 * }
 * }</pre>
 *
 * @param <T> the record type
 */
public final class JsonLinesWriter<T extends DossierRecord> implements Closeable, Flushable {
  private final JsonGenerator generator;
  private final Codec<T> codec;

  /** Closes the file the writer opened; does nothing for a stream of the caller's. */
  private final Runnable afterClose;

  JsonLinesWriter(JsonGenerator generator, Codec<T> codec, Runnable afterClose) {
    this.generator = generator;
    this.codec = codec;
    this.afterClose = afterClose;
  }

  /**
   * Writes one record on its own line.
   *
   * @param record the record
   * @throws EntenteJsonException if the stream cannot be written
   */
  public void write(T record) {
    Objects.requireNonNull(record, "record");
    try {
      codec.write(record, generator);
      generator.writeRaw('\n');
    } catch (JacksonException e) {
      throw JacksonAdapter.translateWriting(e);
    }
  }

  /**
   * Writes what is buffered to the stream, and flushes it.
   *
   * @throws EntenteJsonException if the stream cannot be written
   */
  @Override
  public void flush() {
    try {
      generator.flush();
    } catch (JacksonException e) {
      throw JacksonAdapter.translateWriting(e);
    }
  }

  /**
   * Flushes what is buffered; a stream given to {@link
   * EntenteJson#linesWriter(java.io.OutputStream, Class)} is not closed, a file opened by {@link
   * EntenteJson#linesWriter(java.nio.file.Path, Class)} is.
   *
   * @throws EntenteJsonException if the stream or file cannot be written
   */
  @Override
  public void close() {
    EntenteJsonException failure = null;
    try {
      generator.close();
    } catch (JacksonException e) {
      failure = JacksonAdapter.translateWriting(e);
    }
    try {
      afterClose.run();
    } catch (EntenteJsonException e) {
      if (failure == null) {
        failure = e;
      } else {
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
