package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.entente.AgreementKind;
import dev.entente.ConversationMode;
import dev.entente.Dossier;
import dev.entente.PartyKind;
import dev.entente.Recognition;
import dev.entente.Role;
import dev.entente.Stage;
import dev.entente.Standing;
import dev.entente.StatementKind;
import dev.entente.TalksFormat;
import dev.entente.TalksStatus;
import dev.entente.VisitKind;
import dev.entente.internal.Spelling;
import dev.entente.io.EntenteJsonException.Kind;
import dev.entente.testing.December2021;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden files: canonical dossiers that read to known values and write back to the same bytes,
 * and invalid files that both the shipped schema, checked by an independent validator, and the
 * reader refuse.
 */
class GoldenFilesTest {
  private static final EntenteJson PRETTY = EntenteJson.builder().prettyPrint(true).build();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(EntenteJson.dossierSchema(), InputFormat.JSON);

  static Stream<Arguments> goldenFiles() {
    return Stream.of(
        Arguments.of(
            "december-2021.json",
            December2021.json().getBytes(StandardCharsets.UTF_8),
            December2021.dossier()),
        Arguments.of(
            "every-field.json", resource("golden/every-field.json"), EveryField.dossier()));
  }

  static Stream<Arguments> invalidFiles() {
    return Map.ofEntries(
            Map.entry("unknown-field.json", Kind.UNKNOWN_FIELD),
            Map.entry("wrong-type.json", Kind.WRONG_TYPE),
            Map.entry("missing-field.json", Kind.MISSING_FIELD),
            Map.entry("null-value.json", Kind.WRONG_TYPE),
            Map.entry("unknown-word.json", Kind.INVALID_VALUE),
            Map.entry("invalid-country-code.json", Kind.INVALID_VALUE),
            Map.entry("invalid-date.json", Kind.INVALID_VALUE),
            Map.entry("invalid-duration.json", Kind.INVALID_VALUE),
            Map.entry("newer-major-version.json", Kind.UNSUPPORTED_VERSION),
            Map.entry("missing-version.json", Kind.MISSING_FIELD),
            Map.entry("blank-name.json", Kind.INVALID_RECORD),
            Map.entry("one-participant.json", Kind.INVALID_RECORD),
            Map.entry("invalid-id.json", Kind.INVALID_RECORD))
        .entrySet()
        .stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void aGoldenFileReadsToItsDossier(String file, byte[] golden, Dossier expected) {
    assertThat(PRETTY.readDossier(golden)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void aGoldenFileWritesBackToTheSameBytes(String file, byte[] golden, Dossier expected) {
    assertThat(PRETTY.writeBytes(PRETTY.readDossier(golden))).isEqualTo(golden);
    assertThat(PRETTY.writeBytes(expected)).isEqualTo(golden);
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void aGoldenFileMeetsTheSchema(String file, byte[] golden, Dossier expected) {
    assertThat(schemaErrors(golden)).isEmpty();
    assertThat(schemaErrors(EntenteJson.defaults().writeBytes(expected))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("invalidFiles")
  void anInvalidFileFailsTheSchemaAndTheReader(String file, Kind kind) {
    byte[] json = resource("invalid/" + file);

    assertThat(schemaErrors(json)).as("the schema's errors").isNotEmpty();
    assertThatThrownBy(() -> PRETTY.readDossier(json))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(kind));
  }

  @Test
  void theSchemaListsTheWordsOfEveryEnum() {
    JsonNode definitions = new JsonMapper().readTree(EntenteJson.dossierSchema()).get("$defs");

    assertThat(words(definitions.at("/party/properties/kind"))).isEqualTo(words(PartyKind.class));
    assertThat(words(definitions.at("/visit/properties/kind"))).isEqualTo(words(VisitKind.class));
    assertThat(words(definitions.at("/party/properties/recognition")))
        .isEqualTo(words(Recognition.class));
    assertThat(words(definitions.at("/office/properties/role"))).isEqualTo(words(Role.class));
    assertThat(words(definitions.at("/office/properties/standing")))
        .isEqualTo(words(Standing.class));
    assertThat(words(definitions.at("/statement/properties/kind")))
        .isEqualTo(words(StatementKind.class));
    assertThat(words(definitions.at("/conversation/properties/mode")))
        .isEqualTo(words(ConversationMode.class));
    assertThat(words(definitions.at("/agreement/properties/kind")))
        .isEqualTo(words(AgreementKind.class));
    assertThat(words(definitions.at("/milestone/properties/stage"))).isEqualTo(words(Stage.class));
    assertThat(words(definitions.at("/talks/properties/format")))
        .isEqualTo(words(TalksFormat.class));
    assertThat(words(definitions.at("/talks/properties/status")))
        .isEqualTo(words(TalksStatus.class));
  }

  @Test
  void theSchemaIsDraft2020() {
    assertThat(new JsonMapper().readTree(EntenteJson.dossierSchema()).get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void theWriterWritesFieldsInTheOrderOfTheSchemaAndTheDocument() throws IOException {
    JsonMapper mapper = new JsonMapper();
    JsonNode definitions = mapper.readTree(EntenteJson.dossierSchema()).get("$defs");
    String document = Files.readString(Path.of("../docs/json-format.md"));
    Map<String, List<String>> written = new TreeMap<>();
    collectFieldOrders(
        mapper.readTree(EntenteJson.defaults().writeString(EveryField.dossier())),
        "dossier",
        written);

    assertThat(written.keySet())
        .containsExactlyInAnyOrder(
            "party",
            "leader",
            "topic",
            "statement",
            "conversation",
            "agreement",
            "talks",
            "span",
            "place",
            "position",
            "characterisation",
            "milestone",
            "delegation");
    written.forEach(
        (type, fields) -> {
          List<String> declared = new ArrayList<>();
          definitions.get(type).get("properties").propertyNames().forEach(declared::add);
          // Every field the fixture sets is written in the schema's order; that the schema and
          // the document have every declared field is DeclaredFormatTest's to check.
          assertThat(declared).as("the fields of %s as written", type).containsSubsequence(fields);
          assertThat(document).as("the format document").contains("### " + type);
          declared.forEach(field -> assertThat(document).contains("| `" + field + "` |"));
        });
  }

  /** The longest field list written for each type, found by walking the written dossier. */
  private static void collectFieldOrders(
      JsonNode node, String type, Map<String, List<String>> orders) {
    if (node.isArray()) {
      node.forEach(element -> collectFieldOrders(element, type, orders));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    List<String> fields = new ArrayList<>();
    node.propertyNames().forEach(fields::add);
    if (!type.equals("dossier") && fields.size() > orders.getOrDefault(type, List.of()).size()) {
      orders.put(type, fields);
    }
    for (String field : fields) {
      String child = CHILD_TYPES.get(type + "." + field);
      if (child != null) {
        collectFieldOrders(node.get(field), child, orders);
      }
    }
  }

  private static final Map<String, String> CHILD_TYPES =
      Map.ofEntries(
          Map.entry("dossier.parties", "party"),
          Map.entry("dossier.leaders", "leader"),
          Map.entry("dossier.topics", "topic"),
          Map.entry("dossier.statements", "statement"),
          Map.entry("dossier.conversations", "conversation"),
          Map.entry("dossier.agreements", "agreement"),
          Map.entry("dossier.talks", "talks"),
          Map.entry("leader.term", "span"),
          Map.entry("conversation.when", "span"),
          Map.entry("conversation.place", "place"),
          Map.entry("conversation.positions", "position"),
          Map.entry("conversation.characterisations", "characterisation"),
          Map.entry("agreement.milestones", "milestone"),
          Map.entry("talks.when", "span"),
          Map.entry("talks.venue", "place"),
          Map.entry("talks.delegations", "delegation"),
          Map.entry("talks.previousDates", "span"));

  private static List<String> words(JsonNode property) {
    List<String> words = new ArrayList<>();
    property.get("enum").forEach(word -> words.add(word.asString()));
    return words;
  }

  private static List<String> words(Class<? extends Enum<?>> type) {
    return Stream.of(type.getEnumConstants()).map(Spelling::of).toList();
  }

  private static List<Error> schemaErrors(byte[] json) {
    return SCHEMA.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON);
  }

  static byte[] resource(String name) {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
