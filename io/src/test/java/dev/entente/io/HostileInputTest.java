package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.entente.Dossier;
import dev.entente.Party;
import dev.entente.io.EntenteJsonException.Kind;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that JSON parsers are known to get wrong, or that is built to exhaust a reader: each ends
 * in the library's own exception, within seconds and without holding the input in memory.
 */
class HostileInputTest {
  private static final EntenteJson STRICT = EntenteJson.defaults();
  private static final EntenteJson LENIENT =
      EntenteJson.builder().ignoreUnknownFields(true).build();
  private static final Duration BOUND = Duration.ofSeconds(20);

  private static void refused(
      EntenteJson json, byte[] input, Class<?> type, Kind kind, String reason) {
    assertTimeoutPreemptively(
        BOUND,
        () ->
            assertThatThrownBy(() -> AnyValue.read(json, input, type))
                .isInstanceOfSatisfying(
                    EntenteJsonException.class,
                    e -> {
                      assertThat(e.kind()).isEqualTo(kind);
                      assertThat(e.reason()).contains(reason);
                    }));
  }

  private static void refused(String input, Kind kind, String reason) {
    refused(STRICT, input.getBytes(StandardCharsets.UTF_8), Dossier.class, kind, reason);
  }

  @Test
  void loneValues() {
    refused("\"text\"", Kind.WRONG_TYPE, "expected a dossier but found a string");
    refused("42", Kind.WRONG_TYPE, "expected a dossier but found a number");
    refused("true", Kind.WRONG_TYPE, "expected a dossier but found a boolean");
  }

  @Test
  void unclosedStructures() {
    refused("{", Kind.TRUNCATED, "the input ends before the JSON value does");
    refused("{\"formatVersion\":", Kind.TRUNCATED, "the input ends before the JSON value does");
    refused(
        "{\"formatVersion\":\"1.0", Kind.TRUNCATED, "the input ends before the JSON value does");
  }

  @Test
  void badEscapesAndInvalidText() {
    refused(
        "{\"formatVersion\":\"\\x\"}", Kind.MALFORMED_JSON, "Unrecognized character escape 'x'");
    byte[] invalidUtf8 = "{\"formatVersion\":\"1.?(\"}".getBytes(StandardCharsets.US_ASCII);
    invalidUtf8[20] = (byte) 0xC3;
    refused(
        STRICT, invalidUtf8, Dossier.class, Kind.MALFORMED_JSON, "Invalid UTF-8 middle byte 0x28");
    refused(
        STRICT,
        "{\"id\":\"ru\",\"kind\":\"state\",\"name\":\"\\uD800\",\"country\":\"RU\"}"
            .getBytes(StandardCharsets.UTF_8),
        Party.class,
        Kind.INVALID_RECORD,
        "name holds half of a surrogate pair at index 0, which is not valid Unicode");
  }

  @Test
  void nonStandardNumbers() {
    refused(
        LENIENT,
        "{\"formatVersion\":\"1.0\",\"x\":01}".getBytes(StandardCharsets.UTF_8),
        Dossier.class,
        Kind.MALFORMED_JSON,
        "Leading zeroes not allowed");
    refused("{\"formatVersion\":NaN}", Kind.MALFORMED_JSON, "Non-standard token 'NaN'");
    refused("{\"formatVersion\":Infinity}", Kind.MALFORMED_JSON, "Non-standard token 'Infinity'");
    refused("{\"formatVersion\":1e999999}", Kind.WRONG_TYPE, "found a number");
  }

  @Test
  void aByteOrderMarkIsReadAsTheStartOfUtf8() throws Exception {
    byte[] withMark = "\uFEFF{\"formatVersion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(STRICT.readDossier(withMark).size()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
  void textInAnotherEncodingIsRefusedBeforeItIsDecoded(String encoding) {
    byte[] dossier = "{\"formatVersion\":\"1.0\"}".getBytes(Charset.forName(encoding));
    String notUtf8 =
        "the input is not UTF-8: it begins with a zero byte or a UTF-16 or UTF-32 byte-order mark";

    refused(STRICT, dossier, Dossier.class, Kind.MALFORMED_JSON, notUtf8);
    assertThatThrownBy(() -> STRICT.readDossier(new ByteArrayInputStream(dossier)))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED_JSON))
        .hasMessage("$ (line 1, column 1): " + notUtf8);
    assertThatThrownBy(() -> STRICT.readLines(new ByteArrayInputStream(dossier), Party.class))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED_JSON))
        .hasMessage("$ (line 1, column 1): " + notUtf8);
  }

  @Test
  void zeroBytesAreRefusedAsNotUtf8() {
    // Findings of the fuzzer: Jackson took these for UTF-32 and failed with an I/O error of its
    // own.
    refused(
        STRICT,
        new byte[] {'\n', 0, 0, 0, 0, 0},
        Dossier.class,
        Kind.MALFORMED_JSON,
        "the input is not UTF-8");
    refused(
        STRICT,
        new byte[] {0, 'z', 0, 0, '!', 0},
        Dossier.class,
        Kind.MALFORMED_JSON,
        "the input is not UTF-8");
    refused(
        STRICT, new byte[] {'{', 0}, Dossier.class, Kind.MALFORMED_JSON, "the input is not UTF-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16BE", "UTF-16LE"})
  void aUtf16ByteOrderMarkIsRefusedEvenWithoutZeroBytes(String encoding) {
    byte[] noZeros = "\uFEFF\u4E2D\u6587".getBytes(Charset.forName(encoding));
    assertThat(noZeros).doesNotContain((byte) 0);

    refused(STRICT, noZeros, Dossier.class, Kind.MALFORMED_JSON, "the input is not UTF-8");
    refused(
        STRICT,
        new byte[] {(byte) 0xFE, (byte) 0xFE},
        Dossier.class,
        Kind.MALFORMED_JSON,
        "the input is not UTF-8");
    refused(
        STRICT,
        new byte[] {(byte) 0xFD, (byte) 0xFF},
        Dossier.class,
        Kind.MALFORMED_JSON,
        "Invalid UTF-8 start byte");
    refused(
        STRICT,
        new byte[] {(byte) 0xFF, (byte) 0xFD},
        Dossier.class,
        Kind.MALFORMED_JSON,
        "Invalid UTF-8 start byte");
  }

  @Test
  void aStreamIsCheckedForUtf8EvenWhenItGivesOneByteAtATime() {
    byte[] utf16 = "{}".getBytes(StandardCharsets.UTF_16LE);
    byte[] utf8 = "{\"formatVersion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> STRICT.readDossier(new OneByteAtATime(utf16)))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED_JSON))
        .hasMessageContaining("the input is not UTF-8");
    assertThat(STRICT.readDossier(new OneByteAtATime(utf8)).size()).isZero();
    assertThatThrownBy(() -> STRICT.readDossier(new OneByteAtATime(new byte[] {' '})))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.EMPTY_INPUT));
  }

  @Test
  void aMillionLevelsOfNesting() {
    String deep = "[".repeat(1_000_000) + "]".repeat(1_000_000);
    refused(
        "{\"formatVersion\":\"1.0\",\"parties\":" + deep + "}",
        Kind.WRONG_TYPE,
        "expected a party but found an array");
    refused(
        LENIENT,
        ("{\"formatVersion\":\"1.0\",\"x\":" + deep + "}").getBytes(StandardCharsets.UTF_8),
        Dossier.class,
        Kind.LIMIT_EXCEEDED,
        "Document nesting depth (33) exceeds the maximum allowed (32)");
  }

  @Test
  void aHundredMegabyteStringIsRefusedAtItsOpeningQuote() {
    InputStream hundredMegabytes =
        new SequenceInputStream(
            new ByteArrayInputStream(
                "{\"formatVersion\":\"1.0\",\"parties\":[{\"id\":\"ru\",\"name\":\""
                    .getBytes(StandardCharsets.UTF_8)),
            new RepeatedByte('a', 100L * 1024 * 1024));

    assertTimeoutPreemptively(
        BOUND,
        () ->
            assertThatThrownBy(() -> STRICT.readDossier(hundredMegabytes))
                .isInstanceOfSatisfying(
                    EntenteJsonException.class,
                    e -> assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED))
                .hasMessageStartingWith(
                    "$.parties[0].name (line 1, column 53): the input is beyond a limit")
                .hasMessageContaining("exceeds the maximum allowed (1000000)"));
  }

  @Test
  void aHundredThousandDigitNumber() {
    refused("{\"formatVersion\":" + "9".repeat(100_000) + "}", Kind.WRONG_TYPE, "found a number");
  }

  @Test
  void aNumberLongerThanTheLongestStringIsBeyondALimit() {
    refused(
        "{\"formatVersion\":" + "9".repeat(1_000_001) + "}",
        Kind.LIMIT_EXCEEDED,
        "Number value length");
  }

  @Test
  void aMillionKeys() {
    StringBuilder keys = new StringBuilder("{\"formatVersion\":\"1.0\"");
    for (int i = 0; i < 1_000_000; i++) {
      keys.append(",\"k").append(i).append("\":0");
    }
    refused(keys.append('}').toString(), Kind.UNKNOWN_FIELD, "unknown field \"k0\" in a dossier");
  }

  @Test
  void duplicateKeysAnywhere() {
    refused(
        "{\"formatVersion\":\"1.0\",\"formatVersion\":\"1.0\"}",
        Kind.DUPLICATE_KEY,
        "appears twice");
    refused(
        STRICT,
        "{\"id\":\"ru\",\"id\":\"us\",\"kind\":\"state\",\"name\":\"Russia\",\"country\":\"RU\"}"
            .getBytes(StandardCharsets.UTF_8),
        Party.class,
        Kind.DUPLICATE_KEY,
        "the key \"id\" appears twice in a party");
  }

  @Test
  void jsonLinesOfHostileLinesNameTheirLine() {
    byte[] lines =
        "{\"id\":\"ru\",\"kind\":\"state\",\"name\":\"Russia\",\"country\":\"RU\"}\n[[[[\n"
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> {
              try (Stream<Party> parties =
                  STRICT.readLines(new ByteArrayInputStream(lines), Party.class)) {
                parties.forEach(party -> {});
              }
            })
        .isInstanceOfSatisfying(EntenteJsonException.class, e -> assertThat(e.line()).isEqualTo(2))
        .hasMessageContaining("expected a party but found an array");
  }

  /** A stream that gives at most one byte a call, as a slow network might. */
  private static final class OneByteAtATime extends ByteArrayInputStream {
    OneByteAtATime(byte[] bytes) {
      super(bytes);
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
      return super.read(buffer, offset, Math.min(length, 1));
    }
  }

  /** A stream of one byte, over and over, that holds nothing in memory. */
  private static final class RepeatedByte extends InputStream {
    private final int value;
    private long left;

    RepeatedByte(char value, long count) {
      this.value = value;
      this.left = count;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left == 0) {
        return -1;
      }
      int count = (int) Math.min(length, left);
      Arrays.fill(buffer, offset, offset + count, (byte) value);
      left -= count;
      return count;
    }
  }
}
