package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.Claim;
import dev.entente.Coordinates;
import dev.entente.CountryCode;
import dev.entente.Span;
import dev.entente.TimePoint;
import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import dev.entente.internal.Field;
import dev.entente.internal.Field.Arity;
import dev.entente.internal.Holds;
import dev.entente.internal.Spelling;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema shipped in the jar and the format document say of every record and part what the
 * model's declarations say: the same fields in the same order, the same required ones, and the same
 * type of value. A field declared in the model fails here until the schema and the document have
 * it.
 */
class DeclaredFormatTest {
  private static final JsonNode SCHEMA = schema();
  private static final Map<String, List<DocumentedField>> DOCUMENT =
      document(Path.of("..", "docs", "json-format.md"));

  /** A row of a table of the format document. */
  record DocumentedField(String name, String type, boolean required) {}

  static Stream<Declaration<?, ?>> everyDeclaration() {
    return Declarations.all().stream();
  }

  @ParameterizedTest
  @MethodSource("everyDeclaration")
  void theSchemaDefinesEachDeclaredField(Declaration<?, ?> declaration) {
    JsonNode definition = SCHEMA.path("$defs").path(name(declaration));

    assertThat(definition.path("properties").propertyNames())
        .containsExactlyElementsOf(names(declaration));
    assertThat(values(definition.path("required")))
        .containsExactlyElementsOf(required(declaration));
    assertThat(definition.path("additionalProperties").asBoolean(true)).isFalse();
    for (Field<?, ?, ?> field : declaration.fields()) {
      JsonNode property = definition.path("properties").path(field.name());
      String where = name(declaration) + "." + field.name();
      if (field.arity() == Arity.LIST) {
        assertThat(property.path("type").asString()).as(where).isEqualTo("array");
        assertThat(property.path("minItems").asInt(0)).as(where).isEqualTo(field.atLeast());
        boolean distinct =
            field.holds().kind() == Holds.Kind.REFERENCE || field.holds().kind() == Holds.Kind.TEXT;
        assertThat(property.path("uniqueItems").asBoolean(false)).as(where).isEqualTo(distinct);
        assertSchemaValue(where, property.path("items"), field.holds());
      } else if (field.arity() == Arity.MAP) {
        assertThat(property.path("$ref").asString()).as(where).isEqualTo("#/$defs/identifiers");
      } else {
        assertSchemaValue(where, property, field.holds());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("everyDeclaration")
  void theDocumentListsEachDeclaredField(Declaration<?, ?> declaration) {
    List<DocumentedField> rows = DOCUMENT.get(name(declaration));

    assertThat(rows).as("the table of " + name(declaration)).isNotNull();
    assertThat(rows)
        .extracting(DocumentedField::name)
        .containsExactlyElementsOf(names(declaration));
    assertThat(rows.stream().filter(DocumentedField::required).map(DocumentedField::name))
        .containsExactlyElementsOf(required(declaration));
    for (int i = 0; i < rows.size(); i++) {
      Field<?, ?, ?> field = declaration.fields().get(i);
      assertThat(rows.get(i).type())
          .as(name(declaration) + "." + field.name())
          .isEqualTo(documentedType(field));
    }
  }

  private static void assertSchemaValue(String where, JsonNode value, Holds<?> holds) {
    switch (holds.kind()) {
      case ID, REFERENCE ->
          assertThat(value.path("$ref").asString()).as(where).isEqualTo("#/$defs/id");
      case TEXT -> assertThat(value.path("$ref").asString()).as(where).isEqualTo("#/$defs/text");
      case WEB_ADDRESS -> assertThat(value.path("format").asString()).as(where).isEqualTo("uri");
      case PART ->
          assertThat(value.path("$ref").asString())
              .as(where)
              .isEqualTo("#/$defs/" + name(holds.part()));
      case VALUE -> {
        if (holds.type().isEnum()) {
          assertThat(values(value.path("enum")))
              .as(where)
              .containsExactlyElementsOf(words(holds.type()));
        } else {
          assertThat(value.path("$ref").asString())
              .as(where)
              .isEqualTo("#/$defs/" + SCHEMA_VALUES.get(holds.type()));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("timePointTexts")
  void theSchemaPatternOfATimePointTakesWhatTheModelReads(String text, boolean valid) {
    Pattern pattern =
        Pattern.compile(SCHEMA.path("$defs").path("timePoint").path("pattern").asString());
    boolean read;
    try {
      read = TimePoint.parse(text).toString().equals(text);
    } catch (DateTimeException e) {
      read = false;
    }

    assertThat(read).as("the model reads %s", text).isEqualTo(valid);
    assertThat(pattern.matcher(text).matches()).as("the schema takes %s", text).isEqualTo(valid);
  }

  static Stream<Arguments> timePointTexts() {
    Stream<String> valid =
        Stream.of(
            "2021",
            "2021-12",
            "2021-12-07",
            "2021-12-30T15:35-05:00",
            "2021-12-30T15:35:10.500Z",
            "1990~",
            "1943-03?",
            "2004-06-11%",
            "[..1991]",
            "[1990..]",
            "[..1991-12~]",
            "[2021-12-30T15:35-05:00..]");
    Stream<String> invalid =
        Stream.of(
            "2021-12-30T15:35-05:00~",
            "[..1991",
            "[1991]",
            "[..]",
            "1990~~",
            "~1990",
            "[..[..1991]]",
            "2021-12-30T15:35");
    return Stream.concat(
        valid.map(t -> Arguments.of(t, true)), invalid.map(t -> Arguments.of(t, false)));
  }

  /** The values that check themselves, as the schema's definitions and the document name them. */
  private static final Map<Class<?>, String> SCHEMA_VALUES =
      Map.of(
          TimePoint.class,
          "timePoint",
          Span.class,
          "span",
          CountryCode.class,
          "countryCode",
          Coordinates.class,
          "coordinates",
          Claim.class,
          "claim");

  private static final Map<Class<?>, String> VALUE_NAMES =
      Map.of(
          TimePoint.class,
          "time point",
          Span.class,
          "span",
          CountryCode.class,
          "country code",
          Coordinates.class,
          "coordinates",
          Claim.class,
          "claim");

  private static String documentedType(Field<?, ?, ?> field) {
    Holds<?> holds = field.holds();
    String one =
        switch (holds.kind()) {
          case ID, REFERENCE -> "id";
          case TEXT -> "text";
          case WEB_ADDRESS -> "absolute `http` or `https` URL with a host";
          case PART -> name(holds.part());
          case VALUE ->
              holds.type().isEnum()
                  ? "word: "
                      + words(holds.type()).stream()
                          .map(w -> "`" + w + "`")
                          .collect(Collectors.joining(", "))
                  : VALUE_NAMES.get(holds.type());
        };
    return switch (field.arity()) {
      case LIST -> "array of " + one;
      case MAP -> "identifiers";
      default -> one;
    };
  }

  private static String name(Declaration<?, ?> declaration) {
    String simple = declaration.type().getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  private static List<String> names(Declaration<?, ?> declaration) {
    return declaration.fields().stream().map(Field::name).toList();
  }

  /** Required in the schema and the document: a field with one value, or a list with a minimum. */
  private static List<String> required(Declaration<?, ?> declaration) {
    return declaration.fields().stream()
        .filter(f -> f.arity() == Arity.REQUIRED || f.atLeast() > 0)
        .map(Field::name)
        .toList();
  }

  private static List<String> words(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants()).map(c -> Spelling.of((Enum<?>) c)).toList();
  }

  private static List<String> values(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asString()));
    return values;
  }

  private static JsonNode schema() {
    try (InputStream in = EntenteJson.class.getResourceAsStream("dossier.schema.json")) {
      return JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The tables of the format document, by the heading above each: {@code ### conversation}. */
  private static Map<String, List<DocumentedField>> document(Path file) {
    Pattern row = Pattern.compile("^\\| `(\\w+)` \\| (.*?) \\| (yes)? \\|.*$");
    Map<String, List<DocumentedField>> tables = new LinkedHashMap<>();
    String heading = null;
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith("### ")) {
          heading = line.substring(4).strip();
        } else if (heading != null) {
          Matcher matcher = row.matcher(line);
          if (matcher.matches()) {
            tables
                .computeIfAbsent(heading, h -> new ArrayList<>())
                .add(
                    new DocumentedField(
                        matcher.group(1), matcher.group(2), matcher.group(3) != null));
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return tables;
  }
}
