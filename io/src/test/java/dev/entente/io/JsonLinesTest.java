package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.Party;
import dev.entente.io.EntenteJsonException.Kind;
import dev.entente.testing.December2021;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
  private static final EntenteJson JSON = EntenteJson.builder().prettyPrint(true).build();
  private static final Dossier DOSSIER = December2021.dossier();
  private static final String RUSSIA =
      "{\"id\":\"ru\",\"kind\":\"state\",\"name\":\"Russia\",\"country\":\"RU\"}";
  private static final String US =
      "{\"id\":\"us\",\"kind\":\"state\",\"name\":\"United States\",\"country\":\"US\"}";

  @Test
  void writesOneCompactRecordALineEachEndedByANewline() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (JsonLinesWriter<Party> writer = JSON.linesWriter(out, Party.class)) {
      DOSSIER.parties().forEach(writer::write);
    }

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotContain("\n\n");
    assertThat(text.split("\n"))
        .hasSize(DOSSIER.parties().size())
        .allSatisfy(line -> assertThat(line).startsWith("{\"id\":").endsWith("}"))
        .containsExactlyElementsOf(
            DOSSIER.parties().stream()
                .map(EntenteJson.defaults()::writeString)
                .collect(Collectors.toList()));
  }

  @Test
  void readsBackWhatItWrites(@TempDir Path directory) {
    Path file = directory.resolve("conversations.jsonl");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter<Conversation> writer = JSON.linesWriter(out, Conversation.class)) {
      DOSSIER.conversations().forEach(writer::write);
    }
    writeFile(file, out.toByteArray());

    try (Stream<Conversation> fromFile = JSON.readLines(file, Conversation.class);
        Stream<Conversation> fromStream =
            JSON.readLines(new ByteArrayInputStream(out.toByteArray()), Conversation.class)) {
      assertThat(fromFile).containsExactlyElementsOf(DOSSIER.conversations());
      assertThat(fromStream).containsExactlyElementsOf(DOSSIER.conversations());
    }
  }

  @Test
  void writesAFileThatItClosesAndReadsBack(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("conversations.jsonl");
    Files.writeString(file, "what was here before\n");
    try (JsonLinesWriter<Conversation> writer = JSON.linesWriter(file, Conversation.class)) {
      DOSSIER.conversations().forEach(writer::write);
    }

    ByteArrayOutputStream same = new ByteArrayOutputStream();
    try (JsonLinesWriter<Conversation> writer = JSON.linesWriter(same, Conversation.class)) {
      DOSSIER.conversations().forEach(writer::write);
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(same.toByteArray());
    try (Stream<Conversation> read = JSON.readLines(file, Conversation.class)) {
      assertThat(read).containsExactlyElementsOf(DOSSIER.conversations());
    }
  }

  @Test
  void aFileThatCannotBeOpenedForLinesIsAnIoError(@TempDir Path directory) {
    Path nowhere = directory.resolve("missing").resolve("conversations.jsonl");

    assertThatThrownBy(() -> JSON.linesWriter(nowhere, Conversation.class))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.IO))
        .hasMessageStartingWith(
            "$: cannot write " + nowhere + ": java.nio.file.NoSuchFileException");
  }

  @Test
  void readsNothingFromNothing() {
    try (Stream<Party> parties =
        JSON.readLines(new ByteArrayInputStream(new byte[0]), Party.class)) {
      assertThat(parties).isEmpty();
    }
  }

  @Test
  void readsLazilyUpToTheFirstBadLine() {
    byte[] lines = (RUSSIA + "\n" + US + "\n" + "{\"id\": tru\n").getBytes(StandardCharsets.UTF_8);

    try (Stream<Party> parties = JSON.readLines(new ByteArrayInputStream(lines), Party.class)) {
      Iterator<Party> iterator = parties.iterator();
      assertThat(iterator.next().id()).isEqualTo("ru");
      assertThat(iterator.next().id()).isEqualTo("us");
      assertThatThrownBy(iterator::next)
          .isInstanceOfSatisfying(
              EntenteJsonException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(Kind.MALFORMED_JSON);
                assertThat(e.line()).isEqualTo(3);
              })
          .hasMessage(
              "$ (line 3, column 8): not valid JSON: Unrecognized token 'tru': was expecting (JSON String, Number,"
                  + " Array, Object or token 'null', 'true' or 'false')");
    }
  }

  @Test
  void anInvalidRecordNamesItsLine() {
    assertLinesError(
        RUSSIA + "\n" + "{\"id\":\"x\"}\n",
        Kind.MISSING_FIELD,
        "$ (line 2, column 1): a party needs the fields \"kind\", \"name\"");
  }

  @Test
  void anEmptyLineIsRefused() {
    assertLinesError(
        RUSSIA + "\n\n" + US + "\n",
        Kind.MALFORMED_JSON,
        "$ (line 2, column 1): line 2 is empty: each line of JSON Lines holds one record");
  }

  @Test
  void aBlankLineIsRefusedWhereverItIs() {
    String blank = "line %d is %s: each line of JSON Lines holds one record";
    assertLinesError(
        "\n" + RUSSIA + "\n",
        Kind.MALFORMED_JSON,
        "$ (line 1, column 1): " + String.format(blank, 1, "empty"));
    assertLinesError(
        RUSSIA + "\n \t\n" + US + "\n",
        Kind.MALFORMED_JSON,
        "$ (line 2, column 1): " + String.format(blank, 2, "blank"));
    assertLinesError(
        RUSSIA + "\n\n",
        Kind.MALFORMED_JSON,
        "$ (line 2, column 1): " + String.format(blank, 2, "empty"));
    assertLinesError(
        RUSSIA + "\n  ",
        Kind.MALFORMED_JSON,
        "$ (line 2, column 1): " + String.format(blank, 2, "blank"));
    assertLinesError(
        " \n", Kind.MALFORMED_JSON, "$ (line 1, column 1): " + String.format(blank, 1, "blank"));
    assertLinesError(
        "  ", Kind.MALFORMED_JSON, "$ (line 1, column 1): " + String.format(blank, 1, "blank"));
    assertLinesError(
        "\r\n", Kind.MALFORMED_JSON, "$ (line 1, column 1): " + String.format(blank, 1, "blank"));
  }

  @Test
  void linesEndAtANewlineWithOrWithoutACarriageReturnBeforeIt() {
    assertThat(readParties(RUSSIA + "\r\n" + US + "\r\n"))
        .extracting(Party::id)
        .containsExactly("ru", "us");
    assertThat(readParties(RUSSIA + "\n" + US)).extracting(Party::id).containsExactly("ru", "us");
    assertThat(readParties(RUSSIA)).extracting(Party::id).containsExactly("ru");
  }

  @Test
  void aCarriageReturnAloneEndsNoLine() {
    assertLinesError(
        RUSSIA + "\r" + US + "\r",
        Kind.MALFORMED_JSON,
        "$ (line 1, column 59): line 1 holds more than one JSON value");
  }

  @Test
  void aByteOrderMarkMayBeginOnlyTheInput() {
    assertThat(readParties("\uFEFF" + RUSSIA + "\n")).extracting(Party::id).containsExactly("ru");
    assertLinesError(
        RUSSIA + "\n\uFEFF" + US + "\n",
        Kind.MALFORMED_JSON,
        "$ (line 2, column 1): line 2 begins with a byte-order mark, which only the start of the input may hold");
  }

  @Test
  void aLineThatBeginsLikeAnotherEncodingIsRefused() {
    byte[] lines = (RUSSIA + "\n" + "\u0000" + US + "\n").getBytes(StandardCharsets.UTF_8);
    try (Stream<Party> parties = JSON.readLines(new ByteArrayInputStream(lines), Party.class)) {
      assertThatThrownBy(() -> parties.collect(Collectors.toList()))
          .isInstanceOfSatisfying(
              EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED_JSON))
          .hasMessageStartingWith("$ (line 2, column 1): the input is not UTF-8");
    }
  }

  @Test
  void readsLinesAcrossTheEdgesOfItsBufferAndLongerThanIt() {
    StringBuilder lines = new StringBuilder();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      ids.add("p" + i);
      lines
          .append(
              RUSSIA
                  .replace("\"ru\"", "\"p" + i + "\"")
                  .replace("Russia", "Россия" + "я".repeat(i % 97)))
          .append('\n');
    }
    String huge = RUSSIA.replace("\"ru\"", "\"huge\"").replace("Russia", "Р".repeat(200_000));
    ids.add("huge");
    lines.append(huge).append('\n');
    ids.add("last");
    lines.append(RUSSIA.replace("\"ru\"", "\"last\""));

    assertThat(readParties(lines.toString())).extracting(Party::id).containsExactlyElementsOf(ids);
  }

  @Test
  void placesAnErrorOnALineBeyondItsBuffer() {
    String filler = (RUSSIA + "\n").repeat(2_000);
    assertLinesError(
        filler + RUSSIA.replace("\"state\"", "\"empire\"") + "\n",
        Kind.INVALID_VALUE,
        "$.kind (line 2001, column 19): \"empire\" is not one of state, international-organization, forum, government-body, news-outlet,"
            + " movement, territory");
  }

  @Test
  void aRecordCutShortOnTheLastLineIsTruncatedWithOrWithoutANewline() {
    String cut = RUSSIA.substring(0, 26);
    for (String end : List.of("", "\n", "\r\n")) {
      try (Stream<Party> parties =
          JSON.readLines(
              new ByteArrayInputStream(
                  (RUSSIA + "\n" + cut + end).getBytes(StandardCharsets.UTF_8)),
              Party.class)) {
        assertThatThrownBy(() -> parties.collect(Collectors.toList()))
            .isInstanceOfSatisfying(
                EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TRUNCATED))
            .hasMessageContaining("(line 2, column ");
      }
    }
    assertLinesError(
        RUSSIA + "\n" + cut + "\n " + RUSSIA.substring(26) + "\n",
        Kind.MALFORMED_JSON,
        "$ (line 2, column 1): a JSON Lines record must stand on one line, but the record of line 2 goes on after it");
  }

  @Test
  void anEndlessLineIsRefusedOnceItPassesTheLongestLength() {
    EntenteJson limited = EntenteJson.builder().maxDocumentLength(100_000).build();
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'x';
          }

          @Override
          public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            return length;
          }
        };

    try (Stream<Party> parties = limited.readLines(endless, Party.class)) {
      assertThatThrownBy(() -> parties.collect(Collectors.toList()))
          .isInstanceOfSatisfying(
              EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED))
          .hasMessage(
              "$ (line 1, column 100001): the input is beyond a limit: line 1 is longer than 100000 bytes");
    }
  }

  @Test
  void aLineOfExactlyTheLongestLengthIsRead() {
    byte[] line = RUSSIA.getBytes(StandardCharsets.UTF_8);
    EntenteJson exact = EntenteJson.builder().maxDocumentLength(line.length).build();
    try (Stream<Party> parties =
        exact.readLines(
            new ByteArrayInputStream((RUSSIA + "\n" + RUSSIA).getBytes(StandardCharsets.UTF_8)),
            Party.class)) {
      assertThat(parties.count()).isEqualTo(2);
    }
    EntenteJson shorter = EntenteJson.builder().maxDocumentLength(line.length - 1).build();
    try (Stream<Party> parties =
        shorter.readLines(
            new ByteArrayInputStream((RUSSIA + "\n").getBytes(StandardCharsets.UTF_8)),
            Party.class)) {
      assertThatThrownBy(() -> parties.collect(Collectors.toList()))
          .hasMessage(
              "$ (line 1, column "
                  + line.length
                  + "): the input is beyond a limit: line 1 is longer than "
                  + (line.length - 1)
                  + " bytes");
    }
  }

  @Test
  void findsEveryNewlineAsAByteByByteSearchDoes() {
    Random random = new Random(12);
    for (int round = 0; round < 2_000; round++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        int pick = random.nextInt(6);
        bytes[i] =
            pick == 0
                ? (byte) '\n'
                : pick == 1 ? (byte) 0x0B : pick == 2 ? (byte) 0x8A : (byte) random.nextInt(256);
      }
      int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
      int to = from + random.nextInt(bytes.length - from + 1);
      int expected = -1;
      for (int i = from; i < to && expected < 0; i++) {
        if (bytes[i] == '\n') {
          expected = i;
        }
      }
      assertThat(JsonLinesReader.indexOfNewline(bytes, from, to))
          .as(Arrays.toString(bytes) + " from " + from + " to " + to)
          .isEqualTo(expected);
    }
  }

  private static List<Party> readParties(String lines) {
    try (Stream<Party> parties =
        JSON.readLines(
            new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), Party.class)) {
      return parties.collect(Collectors.toList());
    }
  }

  @Test
  void twoRecordsOnOneLineAreRefused() {
    assertLinesError(
        RUSSIA + " " + US + "\n",
        Kind.MALFORMED_JSON,
        "$ (line 1, column 59): line 1 holds more than one JSON value");
  }

  @Test
  void aRecordOverSeveralLinesIsRefused() {
    assertLinesError(
        RUSSIA + "\n" + US.replace(",\"name\"", ",\n\"name\"") + "\n",
        Kind.MALFORMED_JSON,
        "$ (line 2, column 1): a JSON Lines record must stand on one line, but the record of line 2 goes on after it");
  }

  @Test
  void aValueThatIsNotARecordIsRefused() {
    assertLinesError(
        RUSSIA + "\n[]\n",
        Kind.WRONG_TYPE,
        "$ (line 2, column 1): expected a party but found an array");
  }

  @Test
  void doesNotCloseTheStreamItIsGiven() throws IOException {
    ClosingWatch in = new ClosingWatch((RUSSIA + "\n").getBytes(StandardCharsets.UTF_8));

    try (Stream<Party> parties = JSON.readLines(in, Party.class)) {
      assertThat(parties).hasSize(1);
    }

    assertThat(in.closed).isFalse();
  }

  @Test
  void refusesAFileThatCannotBeOpened(@TempDir Path directory) {
    Path missing = directory.resolve("missing.jsonl");

    assertThatThrownBy(() -> JSON.readLines(missing, Party.class))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.IO))
        .hasMessageStartingWith(
            "$: cannot read " + missing + ": java.nio.file.NoSuchFileException");
  }

  private static void assertLinesError(String lines, Kind kind, String message) {
    try (Stream<Party> parties =
        JSON.readLines(
            new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), Party.class)) {
      assertThatThrownBy(() -> parties.collect(Collectors.toList()))
          .isInstanceOfSatisfying(
              EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(kind))
          .hasMessage(message);
    }
    // Read line by line, the first refused line carries the same error.
    try (Stream<JsonLine<Party>> outcomes =
        JSON.readLinesOrErrors(
            new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), Party.class)) {
      EntenteJsonException first =
          outcomes.flatMap(line -> line.error().stream()).findFirst().orElseThrow();
      assertThat(first.kind()).isEqualTo(kind);
      assertThat(first).hasMessage(message);
    }
  }

  private static void writeFile(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stream that remembers whether it was closed. */
  private static final class ClosingWatch extends InputStream {
    private final InputStream in;
    boolean closed;

    ClosingWatch(byte[] bytes) {
      this.in = new ByteArrayInputStream(bytes);
    }

    @Override
    public int read() throws IOException {
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return in.read(buffer, offset, length);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
