package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Conversation;
import dev.entente.Party;
import dev.entente.io.EntenteJsonException.Kind;
import dev.entente.testing.DossierGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every line accounted for: a record, or the error that refused it, and reading goes on. */
class JsonLinesOrErrorsTest {
  private static final EntenteJson JSON = EntenteJson.defaults();
  private static final String RUSSIA =
      "{\"id\":\"ru\",\"kind\":\"state\",\"name\":\"Russia\",\"country\":\"RU\"}";
  private static final String US =
      "{\"id\":\"us\",\"kind\":\"state\",\"name\":\"United States\",\"country\":\"US\"}";

  @Test
  void readsOnAfterEveryKindOfBadLine() {
    String input =
        String.join(
            "\n",
            RUSSIA,
            "",
            "{\"id\": tru",
            "{\"id\":\"x\"}",
            RUSSIA + " " + US,
            "\ufeff" + US,
            "{\"id\":\"fr\",",
            "\"kind\":\"state\",\"name\":\"France\"}",
            US);

    List<JsonLine<Party>> lines = read(JSON, input);

    assertThat(lines).extracting(JsonLine::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(lines)
        .extracting(line -> line.record().map(Party::id).orElse(null))
        .containsExactly("ru", null, null, null, null, null, null, null, "us");
    assertThat(lines)
        .extracting(line -> line.error().map(EntenteJsonException::kind).orElse(null))
        .containsExactly(
            null,
            Kind.MALFORMED_JSON,
            Kind.MALFORMED_JSON,
            Kind.MISSING_FIELD,
            Kind.MALFORMED_JSON,
            Kind.MALFORMED_JSON,
            Kind.MALFORMED_JSON,
            Kind.WRONG_TYPE,
            null);
    assertThat(lines.subList(1, 8))
        .allSatisfy(
            line -> {
              assertThat(line.isRecord()).isFalse();
              assertThat(line.error().orElseThrow().line()).isEqualTo(line.number());
            });
    assertThat(lines.get(0)).hasToString("line 1: " + JSON.read(RUSSIA, Party.class));
    assertThat(lines.get(1))
        .hasToString(
            "line 2 refused: $ (line 2, column 1): line 2 is empty: each line of JSON Lines holds one record");
  }

  @Test
  void aLineTooLongIsRefusedAndSkippedAndTheNextIsRead() {
    String tooLong = "{\"id\":\"" + "x".repeat(200_000) + "\"}";
    EntenteJson limited = EntenteJson.builder().maxDocumentLength(100_000).build();

    List<JsonLine<Party>> lines = read(limited, RUSSIA + "\n" + tooLong + "\n" + US + "\n");

    assertThat(lines).extracting(JsonLine::number).containsExactly(1, 2, 3);
    assertThat(lines.get(1).error().orElseThrow())
        .hasMessage(
            "$ (line 2, column 100001): the input is beyond a limit: line 2 is longer than 100000 bytes");
    assertThat(lines.get(2).record().map(Party::id)).contains("us");
    assertThat(read(limited, RUSSIA + "\n" + tooLong)).hasSize(2);
  }

  @Test
  void inputInAnotherEncodingIsOneRefusedLine() {
    byte[] utf16 = (RUSSIA + "\n" + US).getBytes(StandardCharsets.UTF_16);

    try (Stream<JsonLine<Party>> lines =
        JSON.readLinesOrErrors(new ByteArrayInputStream(utf16), Party.class)) {
      assertThat(lines.collect(Collectors.toList()))
          .singleElement()
          .satisfies(
              line ->
                  assertThat(line.error().map(EntenteJsonException::kind))
                      .contains(Kind.MALFORMED_JSON));
    }
  }

  @Test
  void nothingHoldsNoLines() {
    assertThat(read(JSON, "")).isEmpty();
  }

  @Test
  void aStreamThatFailsEndsTheLinesWithAnIoError() {
    InputStream failing =
        new InputStream() {
          private int calls;

          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            if (calls++ > 0) {
              throw new IOException("disk gone");
            }
            byte[] first = (RUSSIA + "\n" + "{\"id\"").getBytes(StandardCharsets.UTF_8);
            System.arraycopy(first, 0, buffer, offset, first.length);
            return first.length;
          }
        };

    try (Stream<JsonLine<Party>> lines = JSON.readLinesOrErrors(failing, Party.class)) {
      assertThatThrownBy(() -> lines.collect(Collectors.toList()))
          .isInstanceOfSatisfying(
              EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.IO))
          .hasMessageContaining("disk gone");
    }
  }

  @Test
  void goodLinesAreTheRecordsTheStrictReaderReads() {
    List<Conversation> calls = DossierGenerator.withSeed(7).size(200).records(Conversation.class);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter<Conversation> writer = JSON.linesWriter(out, Conversation.class)) {
      calls.forEach(writer::write);
    }

    List<JsonLine<Conversation>> lines =
        read(JSON, out.toString(StandardCharsets.UTF_8), Conversation.class);

    assertThat(lines).allMatch(JsonLine::isRecord);
    assertThat(lines.stream().map(JsonLine::record).map(Optional::orElseThrow))
        .containsExactlyElementsOf(calls);
  }

  private static <T extends dev.entente.DossierRecord> List<JsonLine<T>> read(
      EntenteJson json, String input, Class<T> type) {
    try (Stream<JsonLine<T>> lines =
        json.readLinesOrErrors(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), type)) {
      return lines.collect(Collectors.toList());
    }
  }

  private static List<JsonLine<Party>> read(EntenteJson json, String input) {
    return read(json, input, Party.class);
  }
}
