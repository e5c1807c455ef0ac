package dev.entente.io;

import dev.entente.io.EntenteJsonException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;

/**
 * Refuses bytes that Jackson would decode as UTF-16 or UTF-32, before it does.
 *
 * <p>Jackson guesses the encoding of JSON bytes from their first four: a UTF-16 or UTF-32
 * byte-order mark, or zero bytes among them, and it reads the rest as UTF-16 or UTF-32, or fails
 * with an I/O error of its own. The format is UTF-8, where a zero byte cannot stand unescaped and
 * the bytes {@code FE} and {@code FF} never occur, so input that begins like that is not UTF-8 JSON,
 * and is refused here with a reason.
 */
final class Utf8Only {
  private static final int LOOKAHEAD = 4;
  private static final String NOT_UTF8 =
      "the input is not UTF-8: it begins with a zero byte or a UTF-16 or UTF-32 byte-order mark";

  private Utf8Only() {}

  static byte[] check(byte[] json) {
    if (looksLikeAnotherEncoding(json, Math.min(json.length, LOOKAHEAD))) {
      throw notUtf8();
    }
    return json;
  }

  /** Returns a stream of the same bytes, after checking its first ones. */
  static InputStream check(InputStream json) {
    PushbackInputStream in = new PushbackInputStream(json, LOOKAHEAD);
    byte[] start = new byte[LOOKAHEAD];
    int length = 0;
    try {
      int read;
      while (length < LOOKAHEAD && (read = in.read(start, length, LOOKAHEAD - length)) >= 0) {
        length += read;
      }
      in.unread(start, 0, length);
    } catch (IOException e) {
      throw EntenteJson.ioError("reading the input failed", e);
    }
    if (looksLikeAnotherEncoding(start, length)) {
      throw notUtf8();
    }
    return in;
  }

  private static boolean looksLikeAnotherEncoding(byte[] start, int length) {
    for (int i = 0; i < length; i++) {
      if (start[i] == 0) {
        return true;
      }
    }
    return length >= 2 && (start[0] & 0xFF) >= 0xFE && (start[1] & 0xFF) >= 0xFE;
  }

  private static EntenteJsonException notUtf8() {
    return JsonInput.error(
        Kind.MALFORMED_JSON, "$", new TokenStreamLocation(ContentReference.unknown(), 0, 0, 1, 1), NOT_UTF8, null);
  }
}
