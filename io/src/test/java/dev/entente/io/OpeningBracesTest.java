package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.io.Positions.Position;
import dev.entente.testing.DossierGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * An object's opening brace, found again from its closing brace once the object is read, is where
 * the parser placed the object's start as it read it: for every object of generated dossiers, with
 * braces, brackets, quotes and backslashes in their texts, as bytes, as text and as lines.
 */
class OpeningBracesTest {
  private static final JsonFactory FACTORY = JsonSettings.factory(-1, 1_000_000);
  private static final String TRICKY =
      "{\"a\":{\"b\":[{\"c\":\"} ] { [ é 中 \\\" \\\\\"},{\"d\":{}}],\"e\":\"\\\\\"},\n\"f\":[[{}]]}";

  @Test
  void findsTheStartTheParserGaveForEveryObjectOfGeneratedDossiers() {
    for (long seed = 1; seed <= 3; seed++) {
      String pretty =
          EntenteJson.builder()
              .prettyPrint(true)
              .build()
              .writeString(DossierGenerator.withSeed(seed).size(300).dossier());
      byte[] bytes = pretty.getBytes(StandardCharsets.UTF_8);

      assertEveryObjectFound(Source.of(bytes, bytes.length));
      assertEveryObjectFound(Source.of(pretty));
    }
  }

  @Test
  void findsTheStartThroughStringsThatHoldBracesQuotesAndBackslashes() {
    byte[] bytes = TRICKY.getBytes(StandardCharsets.UTF_8);

    assertThat(assertEveryObjectFound(Source.of(bytes, bytes.length))).isEqualTo(6);
    assertThat(assertEveryObjectFound(Source.of(TRICKY))).isEqualTo(6);
  }

  @Test
  void findsTheStartOnALineOfJsonLines() {
    String line = "  " + TRICKY.replace("\n", "\r") + " ";
    byte[] buffer = ("xx\n" + line + "\n").getBytes(StandardCharsets.UTF_8);

    assertThat(assertEveryObjectFound(Source.line(buffer, 3, buffer.length - 1, 7))).isEqualTo(6);
  }

  /** Reads every object, comparing the two places; returns the number of objects. */
  private static int assertEveryObjectFound(Source source) {
    Deque<Position> starts = new ArrayDeque<>();
    int objects = 0;
    try (JsonParser parser = source.open(FACTORY)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT) {
          starts.push(source.position(parser.currentTokenLocation()));
        } else if (token == JsonToken.END_OBJECT) {
          Position found = source.openingBrace(parser.currentTokenLocation());
          assertThat(found).isEqualTo(starts.pop());
          assertThat(found.column()).isPositive();
          objects++;
        }
      }
    }
    return objects;
  }
}
