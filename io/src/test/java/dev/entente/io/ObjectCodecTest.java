package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.io.EntenteJsonException.Kind;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The one mechanism behind every object of the format, on a type of its own: the record types'
 * codecs are all built once, when the format is first used, so they cannot show this alone.
 */
class ObjectCodecTest {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  record Note(
      String title, Optional<String> author, List<String> tags, Map<String, String> links) {}

  static final class NoteParts {
    String title;
    String author;
    List<String> tags = new ArrayList<>();
    Map<String, String> links = Map.of();

    Note build() {
      return new Note(title, Optional.ofNullable(author), tags, links);
    }
  }

  /** Built in each test, not once for the class, so that a broken builder fails the tests. */
  private final ObjectCodec<Note, NoteParts> notes =
      ObjectCodec.<Note, NoteParts>of("a note", NoteParts::new, NoteParts::build)
          .required("title", Note::title, (parts, title) -> parts.title = title, Codecs.TEXT)
          .optional("author", Note::author, (parts, author) -> parts.author = author, Codecs.TEXT)
          .list("tags", Note::tags, (parts, tag) -> parts.tags.add(tag), Codecs.TEXT)
          .map(
              "links",
              Note::links,
              (parts, links) -> parts.links = links,
              new StringMapCodec("links"))
          .build();

  @Test
  void readsAndWritesEachKindOfField() {
    String json =
        "{\"title\":\"Call\",\"author\":\"Ushakov\",\"tags\":[\"a\",\"b\"],\"links\":{\"x\":\"y\"}}";

    Note note = read(notes, json);

    assertThat(note)
        .isEqualTo(new Note("Call", Optional.of("Ushakov"), List.of("a", "b"), Map.of("x", "y")));
    assertThat(write(notes, note)).isEqualTo(json);
  }

  @Test
  void leavesOutWhatIsAbsentOrEmpty() {
    Note note = new Note("Call", Optional.empty(), List.of(), Map.of());

    assertThat(write(notes, note)).isEqualTo("{\"title\":\"Call\"}");
    assertThat(read(notes, "{\"title\":\"Call\"}")).isEqualTo(note);
  }

  /** Keys in order are written as they are; keys out of order, or repeated by a map, sorted. */
  @Test
  void writesAMapsKeysInOrderWhateverOrderTheMapKeeps() {
    String sorted = "{\"title\":\"t\",\"links\":{\"a\":\"1\",\"ab\":\"2\",\"b\":\"3\"}}";
    for (List<String> keys :
        List.of(
            List.of("a", "ab", "b"),
            List.of("ab", "a", "b"),
            List.of("a", "b", "ab"),
            List.of("b", "ab", "a"))) {
      Map<String, String> links = new LinkedHashMap<>();
      keys.forEach(key -> links.put(key, Map.of("a", "1", "ab", "2", "b", "3").get(key)));

      assertThat(write(notes, new Note("t", Optional.empty(), List.of(), links)))
          .as("keys put in the order %s", keys)
          .isEqualTo(sorted);
    }
  }

  @Test
  void namesWhatIsMissingWrongOrRepeated() {
    assertThatThrownBy(() -> read(notes, "{}"))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.MISSING_FIELD))
        .hasMessageContaining("a note needs the field \"title\"");
    assertThatThrownBy(() -> read(notes, "[]"))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE))
        .hasMessageContaining("expected a note but found an array");
    assertThatThrownBy(() -> read(notes, "{\"title\":\"a\",\"title\":\"b\"}"))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DUPLICATE_KEY))
        .hasMessageContaining("the key \"title\" appears twice in a note");
    assertThatThrownBy(() -> read(notes, "{\"title\":\"a\",\"pages\":3}"))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_FIELD))
        .hasMessageContaining(
            "unknown field \"pages\" in a note; its fields are title, author, tags, links");
    assertThat(notes.description()).isEqualTo("a note");
  }

  @Test
  void holdsAtMostSixtyFourFields() {
    assertThat(wide(64).build().description()).isEqualTo("a wide object");
    assertThatThrownBy(() -> wide(65).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at most 64 properties");
  }

  @Test
  void tellsTheSixtyFourthFieldFromTheOthers() {
    ObjectCodec<List<String>, List<String>> widest = wide(64).build();
    StringBuilder all = new StringBuilder("{");
    for (int i = 0; i < 64; i++) {
      all.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":\"v").append(i).append('"');
    }
    String json = all.append('}').toString();

    assertThat(read(widest, json)).hasSize(64).endsWith("f63=v63");
    assertThatThrownBy(() -> read(widest, json.replace("\"f0\"", "\"f63\"")))
        .hasMessageContaining("the key \"f63\" appears twice");
    assertThatThrownBy(() -> read(widest, json.replace(",\"f63\":\"v63\"", "")))
        .hasMessageContaining("needs the field \"f63\"");
  }

  private static ObjectCodec.Builder<List<String>, List<String>> wide(int fields) {
    ObjectCodec.Builder<List<String>, List<String>> builder =
        ObjectCodec.<List<String>, List<String>>of("a wide object", ArrayList::new, parts -> parts);
    for (int i = 0; i < fields; i++) {
      String name = "f" + i;
      builder =
          builder.required(
              name,
              parts -> parts.get(0),
              (parts, value) -> parts.add(name + "=" + value),
              Codecs.TEXT);
    }
    return builder;
  }

  private static <T> T read(Codec<T> codec, String json) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      JsonInput in = new JsonInput(parser, false, Positions.AS_PARSED);
      parser.nextToken();
      return codec.read(in);
    }
  }

  private static <T> String write(Codec<T> codec, T value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
      codec.write(value, out);
    }
    return text.toString();
  }
}
