package dev.entente.benchmarks;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The ceiling: a bare {@code nextToken()} scan of the same bytes, reading every string. */
final class TokenScan {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private TokenScan() {}

  static long scan(byte[] json) {
    long length = 0;
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          length += parser.getString().length();
        }
      }
    }
    return length;
  }
}
