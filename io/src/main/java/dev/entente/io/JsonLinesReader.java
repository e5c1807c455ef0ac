package dev.entente.io;

import dev.entente.io.EntenteJsonException.Kind;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads JSON Lines one record at a time from a single parser, so that memory stays constant, and
 * checks that each record stands alone on its own line with no empty line between.
 */
final class JsonLinesReader<T> extends Spliterators.AbstractSpliterator<T> {
  private final JsonParser parser;
  private final Codec<T> codec;
  private final JsonInput in;
  private int lastLine;

  private JsonLinesReader(JsonParser parser, Codec<T> codec, boolean ignoreUnknownFields) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.parser = parser;
    this.codec = codec;
    this.in = new JsonInput(parser, ignoreUnknownFields, "$");
  }

  static <T> Stream<T> stream(JsonParser parser, Codec<T> codec, boolean ignoreUnknownFields) {
    return StreamSupport.stream(new JsonLinesReader<>(parser, codec, ignoreUnknownFields), false)
        .onClose(parser::close);
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    T record;
    try {
      if (parser.nextToken() == null) {
        return false;
      }
      TokenStreamLocation start = parser.currentTokenLocation();
      int line = start.getLineNr();
      checkStartsOwnLine(line);
      record = codec.read(in);
      int endLine = parser.currentLocation().getLineNr();
      if (endLine != line) {
        throw JsonInput.error(
            Kind.MALFORMED_JSON,
            in.path(),
            start,
            "a JSON Lines record must stand on one line, but the record of line " + line + " runs to line " + endLine,
            null);
      }
      lastLine = line;
    } catch (JacksonException e) {
      throw JacksonErrors.translate(e, in.path(), parser.currentLocation());
    }
    action.accept(record);
    return true;
  }

  private void checkStartsOwnLine(int line) {
    if (line == lastLine) {
      throw in.error(Kind.MALFORMED_JSON, "line " + line + " holds more than one JSON value");
    }
    if (line > lastLine + 1) {
      throw in.error(Kind.MALFORMED_JSON, "line " + (lastLine + 1) + " is empty: each line of JSON Lines holds one record");
    }
  }
}
