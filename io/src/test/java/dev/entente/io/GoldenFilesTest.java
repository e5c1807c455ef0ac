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
import dev.entente.Role;
import dev.entente.Stage;
import dev.entente.StatementKind;
import dev.entente.TalksFormat;
import dev.entente.TalksStatus;
import dev.entente.fixtures.December2021;
import dev.entente.io.EntenteJsonException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        Arguments.of("december-2021.json", December2021.dossier()),
        Arguments.of("every-field.json", EveryField.dossier()));
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
        .entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void aGoldenFileReadsToItsDossier(String file, Dossier expected) {
    assertThat(PRETTY.read(resource("golden/" + file), Dossier.class)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void aGoldenFileWritesBackToTheSameBytes(String file, Dossier expected) {
    byte[] golden = resource("golden/" + file);

    assertThat(PRETTY.writeBytes(PRETTY.read(golden, Dossier.class))).isEqualTo(golden);
    assertThat(PRETTY.writeBytes(expected)).isEqualTo(golden);
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void aGoldenFileMeetsTheSchema(String file, Dossier expected) {
    assertThat(schemaErrors(resource("golden/" + file))).isEmpty();
    assertThat(schemaErrors(EntenteJson.defaults().writeBytes(expected))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("invalidFiles")
  void anInvalidFileFailsTheSchemaAndTheReader(String file, Kind kind) {
    byte[] json = resource("invalid/" + file);

    assertThat(schemaErrors(json)).as("the schema's errors").isNotEmpty();
    assertThatThrownBy(() -> PRETTY.read(json, Dossier.class))
        .isInstanceOfSatisfying(EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(kind));
  }

  @Test
  void theSchemaListsTheWordsOfEveryEnum() {
    JsonNode definitions = new JsonMapper().readTree(EntenteJson.dossierSchema()).get("$defs");

    assertThat(words(definitions.at("/party/properties/kind"))).isEqualTo(words(PartyKind.class));
    assertThat(words(definitions.at("/leader/properties/role"))).isEqualTo(words(Role.class));
    assertThat(words(definitions.at("/statement/properties/kind"))).isEqualTo(words(StatementKind.class));
    assertThat(words(definitions.at("/conversation/properties/mode"))).isEqualTo(words(ConversationMode.class));
    assertThat(words(definitions.at("/agreement/properties/kind"))).isEqualTo(words(AgreementKind.class));
    assertThat(words(definitions.at("/milestone/properties/stage"))).isEqualTo(words(Stage.class));
    assertThat(words(definitions.at("/talks/properties/format"))).isEqualTo(words(TalksFormat.class));
    assertThat(words(definitions.at("/talks/properties/status"))).isEqualTo(words(TalksStatus.class));
  }

  @Test
  void theSchemaIsDraft2020() {
    assertThat(new JsonMapper().readTree(EntenteJson.dossierSchema()).get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  private static List<String> words(JsonNode property) {
    List<String> words = new ArrayList<>();
    property.get("enum").forEach(word -> words.add(word.asString()));
    return words;
  }

  private static List<String> words(Class<? extends Enum<?>> type) {
    return Stream.of(type.getEnumConstants()).map(EnumCodec::word).collect(Collectors.toList());
  }

  private static List<Error> schemaErrors(byte[] json) {
    return SCHEMA.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON);
  }

  static byte[] resource(String name) {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
