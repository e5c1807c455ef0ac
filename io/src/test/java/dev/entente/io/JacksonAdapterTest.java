package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.io.EntenteJsonException.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Each of Jackson's pointers to its own settings that {@link JacksonAdapter} takes out of a
 * message: this version of Jackson's parser, on the library's settings, writes it, and the reason a
 * user reads no longer holds it. A Jackson that words its messages otherwise fails here first.
 */
class JacksonAdapterTest {
  private static final JsonFactory FACTORY = JsonSettings.factory(1_000_000, 10);

  private static JacksonException parseError(String json) {
    return catchThrowableOfType(
        JacksonException.class,
        () -> {
          try (JsonParser parser =
              FACTORY.createParser(
                  ObjectReadContext.empty(), json.getBytes(StandardCharsets.UTF_8))) {
            while (parser.nextToken() != null) {
              if (parser.currentToken().isScalarValue()) {
                parser.getString();
              }
            }
          }
        });
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[\"abcdefghijklmnop\"] | , from ` | a string beyond its limit names the setting that holds the limit",
        "{\"a\": [1 | (start marker at | an input that ends inside an object names where the object began",
        "{\"a\": 1] | (for Object starting at | a mismatched close marker names where the object began",
        "[/* a comment */ 1] | (not recognized as one since Feature | a comment names the feature that would allow it",
        "[NaN] | : enable ` | a non-numeric number names the feature that would allow it",
      })
  void takesOutJacksonsPointerToItsSettings(String json, String detail, String what) {
    JacksonException e = parseError(json.strip());

    assertThat(e).as("Jackson's own message").isNotNull();
    assertThat(e.getOriginalMessage()).as("Jackson's own message").contains(detail.strip());
    assertThat(JacksonAdapter.reason(e))
        .doesNotContain(detail.strip())
        .doesNotContain("Feature")
        .doesNotContain("`");
  }

  @Test
  void keepsWhatJacksonSaysOfTheInputItself() {
    JacksonException e = parseError("[NaN]");

    assertThat(JacksonAdapter.reason(e)).isEqualTo("not valid JSON: Non-standard token 'NaN'");
  }

  @Test
  void tellsAnInputThatEndsInsideTheValue() {
    JacksonException e = parseError("{\"a\": [1");

    assertThat(JacksonAdapter.endsInsideTheValue(e)).isTrue();
    assertThat(JacksonAdapter.reason(e)).startsWith("the input ends before the JSON value does: ");
    assertThat(JacksonAdapter.endsInsideTheValue(parseError("[NaN]"))).isFalse();
  }

  @Test
  void translatesALimitAsALimitWithoutJacksonsPointer() {
    EntenteJsonException e =
        catchThrowableOfType(
            EntenteJsonException.class,
            () ->
                EntenteJson.builder()
                    .maxStringLength(10)
                    .build()
                    .readDossier("{\"formatVersion\": \"abcdefghijklmnop\"}"));

    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.reason())
        .startsWith(
            "the input is beyond a limit: String value length (16) exceeds the maximum allowed (10");
    assertThat(e.reason()).doesNotContain("`");
  }

  @Test
  void matchesNamesToTheirIndexes() {
    var matcher = JacksonAdapter.nameMatcher(List.of("id", "name", "sources"));

    assertThat(matcher.matchName("name")).isEqualTo(1);
    assertThat(matcher.matchName("sources")).isEqualTo(2);
    assertThat(matcher.matchName("nobody")).isNegative();
  }

  @Test
  void writesIntoPooledBuffersAndReturnsTheBytes() {
    byte[] bytes =
        JacksonAdapter.writeToBytes(
            FACTORY,
            out -> {
              try (JsonGenerator generator =
                  FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
                generator.writeStartObject();
                generator.writeEndObject();
              }
            });

    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("{}");
  }
}
