package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.Dossier;
import dev.entente.Party;
import dev.entente.io.EntenteJsonException.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form of input gives the same line and column for the same error, at the token it concerns,
 * with columns counted in characters: bytes, a stream, text, a file and, for input on one line,
 * JSON Lines. The expected place is found in the test's own way, from a marker in the input.
 */
class ErrorLocationsTest {
  /** Stands where the error belongs in each input, and is removed before the input is read. */
  private static final String HERE = "⟦";

  private static final EntenteJson JSON = EntenteJson.builder().maxStringLength(100).build();
  private static final EntenteJson LENIENT =
      EntenteJson.builder().maxStringLength(100).ignoreUnknownFields(true).build();
  private static final String RUSSIA =
      "\"id\":\"ru\",\"kind\":\"state\",\"name\":\"Россия 🇷🇺\",\"country\":\"RU\"";

  @TempDir static Path directory;

  static Stream<Arguments> inputs() {
    String name = "n".repeat(300);
    String string = "s".repeat(101);
    String number = "7".repeat(101);
    String deep = "[".repeat(40);
    return Stream.of(
        // Names beyond 256 characters, first in an object, after a value, after an escaped quote,
        // after text beyond ASCII.
        party(Kind.LIMIT_EXCEEDED, "{" + HERE + "\"" + name + "\":1}"),
        party(Kind.LIMIT_EXCEEDED, "{" + RUSSIA + "," + HERE + "\"" + name + "\":1}"),
        party(Kind.LIMIT_EXCEEDED, "{" + RUSSIA + ",\n  " + HERE + "\"a\\\"" + name + "\":1}"),
        party(
            Kind.LIMIT_EXCEEDED,
            "{\n\t\"name\": \"中文\",\r\n " + HERE + "\"" + "é".repeat(300) + "\":1}"),
        party(Kind.LIMIT_EXCEEDED, "{\"name\":\"a\\\\\"," + HERE + "\"" + name + "\":1}"),
        party(
            Kind.LIMIT_EXCEEDED,
            "{\"otherNames\":[\"abc\",\"x\\\"y\",\"\"],  " + HERE + "\"" + name + "\":1}"),
        party(Kind.LIMIT_EXCEEDED, "{\r  \"id\": \"ru\",\r  " + HERE + "\"" + name + "\":1}"),
        // Strings beyond the limit of 100 characters, as values, in arrays, after escapes.
        party(Kind.LIMIT_EXCEEDED, "{\"id\":" + HERE + "\"" + string + "\"}"),
        party(
            Kind.LIMIT_EXCEEDED,
            "{" + RUSSIA + ",\"otherNames\":[\"Русь\"," + HERE + "\"" + string + "\"]}"),
        party(
            Kind.LIMIT_EXCEEDED,
            "{\n  \"name\": \"🇷🇺\",\n  \"id\": " + HERE + "\"\\\"" + "ж".repeat(101) + "\"\n}"),
        // Numbers longer than the longest string, in a field the lenient reader skips, and in an
        // array.
        lenientParty(Kind.LIMIT_EXCEEDED, "{" + RUSSIA + ",\"x\":" + HERE + number + "}"),
        lenientParty(
            Kind.LIMIT_EXCEEDED, "{" + RUSSIA + ",\n \"x\": [1, " + HERE + "-" + number + "]}"),
        lenientParty(Kind.LIMIT_EXCEEDED, "{" + RUSSIA + ",\"x\":" + HERE + "1." + number + "e5}"),
        lenientParty(Kind.LIMIT_EXCEEDED, HERE + number),
        lenientParty(Kind.LIMIT_EXCEEDED, " \r\n " + HERE + "-1.5E+" + number),
        // Nesting beyond 32 levels: arrays in a skipped field, objects as the values of fields.
        lenientParty(
            Kind.LIMIT_EXCEEDED, "{" + RUSSIA + ",\"x\":" + "[".repeat(31) + HERE + deep + "}"),
        lenientParty(Kind.LIMIT_EXCEEDED, "{\"ж\":" + "{\"a\":".repeat(31) + HERE + "{\"b\":1}"),
        // Errors of Jackson's and of the library's, after text beyond ASCII.
        party(Kind.MALFORMED_JSON, "{\"name\":\"Россия 🇷🇺\"," + HERE + "}"),
        party(Kind.UNKNOWN_FIELD, "{" + RUSSIA + ",\n  " + HERE + "\"capital\":\"Москва\"}"),
        party(Kind.INVALID_VALUE, "{\"name\":\"Россия 🇷🇺\",\"kind\":" + HERE + "\"empire\"}"),
        dossier(
            Kind.MISSING_FIELD,
            "{\"formatVersion\":\"1.0\",\"parties\":[{"
                + RUSSIA
                + "}, "
                + HERE
                + "{\"id\":\"中\"}]}"));
  }

  private static Arguments party(Kind kind, String input) {
    return Arguments.of(JSON, Party.class, kind, input);
  }

  private static Arguments lenientParty(Kind kind, String input) {
    return Arguments.of(LENIENT, Party.class, kind, input);
  }

  private static Arguments dossier(Kind kind, String input) {
    return Arguments.of(JSON, Dossier.class, kind, input);
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void everyFormOfInputPlacesTheErrorAtItsToken(
      EntenteJson json, Class<?> type, Kind kind, String marked) {
    String input = marked.replace(HERE, "");
    int[] expected = lineAndColumn(marked.substring(0, marked.indexOf(HERE)));
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);

    List<Function<String, Object>> forms = new ArrayList<>();
    forms.add(text -> AnyValue.read(json, text, type));
    forms.add(text -> AnyValue.read(json, bytes, type));
    forms.add(text -> AnyValue.read(json, new ByteArrayInputStream(bytes), type));
    forms.add(text -> AnyValue.read(json, file(bytes), type));
    if (!input.contains("\n") && !input.contains("\r") && type == Party.class) {
      forms.add(
          text ->
              readAllLines(
                  json,
                  ("{" + RUSSIA.replace("ru", "ua") + "}\n" + text + "\n")
                      .getBytes(StandardCharsets.UTF_8)));
    }
    for (int form = 0; form < forms.size(); form++) {
      Function<String, Object> read = forms.get(form);
      EntenteJsonException error =
          catchThrowableOfType(EntenteJsonException.class, () -> read.apply(input));
      int line = form == 4 ? expected[0] + 1 : expected[0];
      assertThat(error).as("form %d of %s", form, input).isNotNull();
      assertThat(error.kind()).as("form %d: %s", form, error.getMessage()).isEqualTo(kind);
      assertThat(new int[] {error.line(), error.column()})
          .as("form %d: %s", form, error.getMessage())
          .containsExactly(line, expected[1]);
      assertThat(error.hasLocation()).isTrue();
      assertThat(error.getLocation().getLineNr()).isEqualTo(line);
      assertThat(error.getLocation().getColumnNr()).isEqualTo(expected[1]);
    }
  }

  /**
   * The line and column just after a text, counting code points and the line ends \n, \r and \r\n.
   */
  private static int[] lineAndColumn(String before) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < before.length(); i = before.offsetByCodePoints(i, 1)) {
      char c = before.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
    }
    return new int[] {line, column};
  }

  private static Path file(byte[] bytes) {
    try {
      return Files.write(Files.createTempFile(directory, "input", ".json"), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Party> readAllLines(EntenteJson json, byte[] input) {
    try (Stream<Party> lines = json.readLines(new ByteArrayInputStream(input), Party.class)) {
      return lines.toList();
    }
  }
}
