package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.Conversation;
import dev.entente.testing.DossierGenerator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One parser reads every line of a JSON Lines stream, fed line by line: each line comes out as it
 * does when it is read on its own, by a parser of its own: the same record, or the same error at
 * the same column.
 */
class SharedLineParserTest {
  private static final EntenteJson STRICT = EntenteJson.defaults();
  private static final EntenteJson LENIENT =
      EntenteJson.builder().ignoreUnknownFields(true).build();

  @Test
  void everyLineReadsAsItDoesOnItsOwnThroughGoodAndBadLines() {
    for (long seed = 1; seed <= 3; seed++) {
      List<String> lines = linesWithDefects(seed, 300);
      for (EntenteJson json : List.of(STRICT, LENIENT)) {
        assertEveryLineReadsAsOnItsOwn(json, lines, "\n", "seed " + seed);
      }
    }
  }

  @Test
  void aStreamOfManyMegabytesReadsThroughTheParsersThatFollowEachOther() {
    List<String> lines = linesWithDefects(7, 2_200);
    String input = String.join("\r\n", lines);
    assertThat(input.length()).isGreaterThan(2 * 1024 * 1024);

    assertEveryLineReadsAsOnItsOwn(STRICT, lines, "\r\n", "2 MB");
  }

  @Test
  void aParserReadsAMegabyteOfLinesAndANewOneReadsAfterARefusedLine() {
    List<String> lines = conversationLines(8, 1_800);
    String input = String.join("\n", lines);
    assertThat(input.getBytes(StandardCharsets.UTF_8).length)
        .isBetween(2 * 1024 * 1024, 3 * 1024 * 1024);

    assertThat(parsersMade(input)).isEqualTo(3);
    assertThat(parsersMade(lines.get(0) + "\n" + lines.get(1))).isEqualTo(1);
    assertThat(parsersMade(lines.get(0) + "\n{}\n" + lines.get(1) + "\n\n" + lines.get(2)))
        .isEqualTo(2);
  }

  private static int parsersMade(String input) {
    JsonLinesReader<Conversation> reader =
        new JsonLinesReader<>(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            JsonSettings.factory(-1, 1_000_000),
            Codecs.of(Conversation.class),
            false,
            1_000_000);
    try (Stream<JsonLine<Conversation>> lines = reader.outcomes()) {
      lines.forEach(line -> {});
    }
    return reader.parsersMade();
  }

  /**
   * Reads the lines joined as one input, then each line again as the first line of an input of its
   * own, which a new parser reads. Whether any byte follows a line tells a record that goes on past
   * its line from one cut short, so a line that has others after it (the last line is never empty)
   * is read alone with a byte after its line end.
   */
  private static void assertEveryLineReadsAsOnItsOwn(
      EntenteJson json, List<String> lines, String lineEnd, String what) {
    List<JsonLine<Conversation>> together = read(json, String.join(lineEnd, lines));

    assertThat(together).hasSize(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String alone = lines.get(i) + (i + 1 < lines.size() ? lineEnd + "x" : "");
      JsonLine<Conversation> expected = read(json, alone).get(0);
      assertSameOutcome(together.get(i), expected, what + ", line " + (i + 1));
    }
  }

  private static void assertSameOutcome(
      JsonLine<Conversation> actual, JsonLine<Conversation> alone, String where) {
    assertThat(actual.record()).as("%s: %s", where, actual).isEqualTo(alone.record());
    assertThat(actual.isRecord()).as(where).isEqualTo(alone.isRecord());
    if (!alone.isRecord()) {
      EntenteJsonException expected = alone.error().orElseThrow();
      EntenteJsonException error = actual.error().orElseThrow();
      assertThat(error.kind())
          .as("%s: %s / %s", where, error.getMessage(), expected.getMessage())
          .isEqualTo(expected.kind());
      assertThat(error.path()).as(where).isEqualTo(expected.path());
      assertThat(error.column()).as(where).isEqualTo(expected.column());
      assertThat(error.line()).as(where).isEqualTo(actual.number());
      assertThat(withoutLineNumbers(error.getMessage()))
          .as(where)
          .isEqualTo(withoutLineNumbers(expected.getMessage()));
    }
  }

  private static String withoutLineNumbers(String message) {
    return message.replaceAll("line \\d+", "line N");
  }

  /**
   * Conversations as JSON Lines, about one line in four spoiled in one of many ways, some of them
   * with text outside ASCII, white space around them or carriage returns. (Not a byte-order mark,
   * which only the first line may begin with, so that a line read on its own reads otherwise.)
   */
  private static List<String> linesWithDefects(long seed, int count) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>(conversationLines(seed, count));
    // The last line is whole: an input that ends in a line end has no empty line after it.
    for (int i = 0; i < lines.size() - 1; i++) {
      if (random.nextInt(4) == 0) {
        lines.set(i, spoil(lines.get(i), random));
      }
    }
    return lines;
  }

  /** Up to a number of generated conversations, each a line of JSON Lines. */
  private static List<String> conversationLines(long seed, int count) {
    return DossierGenerator.withSeed(seed).size(count * 10).records(Conversation.class).stream()
        .limit(count)
        .map(STRICT::writeString)
        .toList();
  }

  private static String spoil(String line, Random random) {
    int cut = 1 + random.nextInt(line.length() - 1);
    return switch (random.nextInt(11)) {
      case 0 -> line.substring(0, cut);
      case 1 -> line + " " + line;
      case 2 -> line + " }";
      case 3 -> "";
      case 4 -> "   \t";
      case 5 -> "  " + line + " \r";
      case 6 -> line.replaceFirst("\\{", "{\"unknown\":{\"a\":[1,2,\"é\"]},");
      case 7 -> line.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"bad id\"");
      case 8 -> line.replaceFirst("\\{", "{\"nom€\":1,");
      case 9 -> line.substring(0, cut) + "\u00e9\u4e2d" + line.substring(cut);
      default -> line.replaceFirst("\"id\"", "\"id\":\"x\",\"id\"");
    };
  }

  private static List<JsonLine<Conversation>> read(EntenteJson json, String input) {
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    try (Stream<JsonLine<Conversation>> lines =
        json.readLinesOrErrors(new ByteArrayInputStream(bytes), Conversation.class)) {
      return lines.toList();
    }
  }
}
