package dev.entente.io;

import dev.entente.io.EntenteJsonException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream to its end into memory, so that it is read as bytes are: up to one byte past the
 * longest document, which the reader then refuses as too long. A stream that fails is an {@link
 * Kind#IO} error placed after the last byte it gave.
 */
final class WholeInput {
  private static final int FIRST_BUFFER = 8192;

  private WholeInput() {}

  static Source read(InputStream in, long maxDocumentLength) {
    int capacity = (int) maxDocumentLength + 1;
    byte[] buffer = new byte[Math.min(FIRST_BUFFER, capacity)];
    int length = 0;
    try {
      while (true) {
        if (length == buffer.length) {
          if (length == capacity) {
            break;
          }
          buffer = Arrays.copyOf(buffer, (int) Math.min(capacity, 2L * buffer.length));
        }
        int read = in.read(buffer, length, buffer.length - length);
        if (read < 0) {
          break;
        }
        length += read;
      }
    } catch (IOException e) {
      Source partial = Source.of(buffer, length);
      throw EntenteJsonException.readFailedAfter(partial.positionAt(length), length, e);
    }
    return Source.of(buffer, length);
  }
}
