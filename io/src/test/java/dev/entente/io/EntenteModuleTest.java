package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.Party;
import dev.entente.Statement;
import dev.entente.io.EntenteJsonException.Kind;
import dev.entente.testing.December2021;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The module inside mappers with Jackson's default settings: the format's rules still hold. */
class EntenteModuleTest {
  private static final Dossier DOSSIER = December2021.dossier();
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new EntenteModule()).build();
  private static final String RUSSIA =
      "{\"id\":\"ru\",\"kind\":\"state\",\"name\":\"Russia\",\"country\":\"RU\"}";

  @Test
  void writesTheSameBytesAsTheFacade() {
    assertThat(MAPPER.writeValueAsString(DOSSIER))
        .isEqualTo(EntenteJson.defaults().writeString(DOSSIER));
    Conversation call = DOSSIER.conversations().get(0);
    assertThat(MAPPER.writeValueAsString(call)).isEqualTo(EntenteJson.defaults().writeString(call));
  }

  @Test
  void readsWhatItWrites() {
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(DOSSIER), Dossier.class))
        .isEqualTo(DOSSIER);
    for (Conversation call : DOSSIER.conversations()) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(call), Conversation.class))
          .isEqualTo(call);
    }
  }

  @Test
  void worksInsideAnApplicationsOwnTypes() {
    Party russia = DOSSIER.find("ru", Party.class).orElseThrow();
    Briefing briefing = new Briefing("Moscow", russia);

    String json = MAPPER.writeValueAsString(briefing);

    assertThat(MAPPER.readValue(json, Briefing.class)).isEqualTo(briefing);
    assertThat(MAPPER.writeValueAsString(List.of(russia)))
        .startsWith("[{\"id\":\"ru\",\"kind\":\"state\"");
  }

  @Test
  void refusesAnUnknownFieldWhateverTheMapperSays() {
    assertThatThrownBy(
            () -> MAPPER.readValue(RUSSIA.replace("}", ",\"capital\":\"Moscow\"}"), Party.class))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_FIELD))
        .hasMessageStartingWith("$ (line 1, column 58): unknown field \"capital\" in a party");
  }

  @Test
  void refusesADuplicateKeyWhateverTheMapperSays() {
    assertThatThrownBy(
            () -> MAPPER.readValue(RUSSIA.replace("}", ",\"name\":\"Russland\"}"), Party.class))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DUPLICATE_KEY))
        .hasMessage("$ (line 1, column 58): the key \"name\" appears twice in a party");
  }

  @Test
  void readsTimesByTheModelsRulesWhateverTheMapperSays() {
    String statement =
        "{\"id\":\"s\",\"kind\":\"readout\",\"by\":\"x\",\"when\":\"2021-12-30T15:35\",\"summary\":\"s\"}";

    assertThatThrownBy(() -> MAPPER.readValue(statement, Statement.class))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE))
        .hasMessageContaining("\"2021-12-30T15:35\" has no UTC offset");
    assertThat(MAPPER.readValue(statement.replace("15:35", "15:35-05:00"), Statement.class).when())
        .hasToString("2021-12-30T15:35-05:00");
  }

  @Test
  void refusesNullForARecord() {
    assertThatThrownBy(() -> MAPPER.readValue("null", Party.class))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE))
        .hasMessage("$ (line 1, column 1): null is not a party (Party)");
  }

  @Test
  void reportsAnErrorInsideAnApplicationsTypeWithItsCause() {
    String json =
        "{\"title\":\"Moscow\",\"party\":" + RUSSIA.replace("\"state\"", "\"country\"") + "}";

    assertThatThrownBy(() -> MAPPER.readValue(json, Briefing.class))
        .satisfies(
            e -> {
              EntenteJsonException cause =
                  e instanceof EntenteJsonException ours
                      ? ours
                      : (EntenteJsonException) e.getCause();
              assertThat(cause.kind()).isEqualTo(Kind.INVALID_VALUE);
              assertThat(cause.reason())
                  .isEqualTo(
                      "\"country\" is not one of state, international-organization, forum, government-body, news-outlet,"
                          + " movement, territory");
            });
  }

  /** A mapper with Jackson's defaults, and one that found the module by itself. */
  static Stream<JsonMapper> mappers() {
    return Stream.of(MAPPER, JsonMapper.builder().findAndAddModules().build());
  }

  @ParameterizedTest
  @MethodSource("mappers")
  void jacksonsOwnErrorsInsideAValueAreTheLibrarysWithTheirPlace(JsonMapper mapper) {
    assertModuleError(
        mapper,
        "{\"id\":\"ru\",}",
        Kind.MALFORMED_JSON,
        "$ (line 1, column 12): not valid JSON: Unexpected character");
    assertModuleError(
        mapper,
        "{\"id\":\"ru\"",
        Kind.TRUNCATED,
        "$ (line 1, column 11): the input ends before the JSON value does");
    assertModuleError(
        mapper,
        "{\n  \"id\": tru}",
        Kind.MALFORMED_JSON,
        "$ (line 2, column 9): not valid JSON: Unrecognized token 'tru'");
    assertModuleError(
        mapper,
        "{\"id\":\"ru\",\"kind\":\"state\",\"name\":\"Russia\",\"country\":\"SU\"}",
        Kind.INVALID_VALUE,
        "$.country (line 1, column 53): \"SU\" is no longer an ISO 3166-1 alpha-2 code: a former"
            + " country has its ISO 3166-3 code, \"SUHH\" (USSR)");
  }

  @ParameterizedTest
  @MethodSource("mappers")
  void errorsBeforeTheValueBeginsAreTheMappersOwnJacksonExceptions(JsonMapper mapper) {
    for (String input : List.of("", "  \n ", "nul")) {
      assertThatThrownBy(() -> mapper.readValue(input, Party.class))
          .isInstanceOf(JacksonException.class)
          .isNotInstanceOf(EntenteJsonException.class);
    }
  }

  @ParameterizedTest
  @MethodSource("mappers")
  void holdsNamesAndStringsToTheFacadesLimits(JsonMapper mapper) {
    assertModuleError(
        mapper,
        "{\"id\":\"ru\",\"" + "n".repeat(257) + "\":1}",
        Kind.LIMIT_EXCEEDED,
        "$ (line 1, column 12): the input is beyond a limit: Name length (257) exceeds the maximum allowed (256)");
    assertModuleError(
        mapper,
        "{\"name\":\"" + "s".repeat(1_000_001) + "\"}",
        Kind.LIMIT_EXCEEDED,
        "$.name (line 1, column 9): the input is beyond a limit: String value length (1000001) exceeds the maximum allowed (1000000)");
  }

  @Test
  void nullAtTheRootIsPlacedAndATreeHasNoPlace() {
    assertModuleError(
        MAPPER, "null", Kind.WRONG_TYPE, "$ (line 1, column 1): null is not a party (Party)");
    assertModuleError(
        MAPPER, "\n  null", Kind.WRONG_TYPE, "$ (line 2, column 3): null is not a party (Party)");

    EntenteJsonException fromTree =
        catchThrowableOfType(
            EntenteJsonException.class,
            () -> MAPPER.treeToValue(MAPPER.readTree("{\"id\":\"ru\"}"), Party.class));
    assertThat(fromTree.kind()).isEqualTo(Kind.MISSING_FIELD);
    assertThat(fromTree.hasLocation()).isFalse();
    assertThat(fromTree.getMessage()).isEqualTo("$: a party needs the fields \"kind\", \"name\"");
    EntenteJsonException nullTree =
        catchThrowableOfType(
            EntenteJsonException.class,
            () -> MAPPER.treeToValue(MAPPER.readTree("null"), Dossier.class));
    assertThat(nullTree.hasLocation()).isFalse();
    assertThat(nullTree.getMessage()).isEqualTo("$: null is not a dossier (Dossier)");
  }

  @Test
  void anErrorInsideAnApplicationsTypeNamesTheMappersPathToo() {
    String json = "{\"title\":\"Moscow\",\"party\":" + RUSSIA.replace("\"RU\"", "\"SU\"") + "}";

    EntenteJsonException error =
        catchThrowableOfType(
            EntenteJsonException.class, () -> MAPPER.readValue(json, Briefing.class));

    assertThat(error).isInstanceOf(JacksonException.class);
    assertThat(error.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(error.path()).isEqualTo("$.country");
    assertThat(error.getMessage())
        .startsWith(
            "$.country (line 1, column 79): \"SU\" is no longer an ISO 3166-1 alpha-2 code: a"
                + " former country has its ISO 3166-3 code, \"SUHH\" (USSR)")
        .endsWith("(in dev.entente.io.Briefing[\"party\"])");
  }

  @Test
  void aMapperOnTheLibrarysFactoryHasTheFacadesSettings() {
    JsonMapper strict =
        JsonMapper.builder(EntenteModule.jsonFactory()).addModule(new EntenteModule()).build();

    assertThat(strict.readValue(RUSSIA, Party.class).name()).isEqualTo("Russia");
    assertThatThrownBy(
            () ->
                strict.readValue("{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}", JsonNode.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("nesting depth (33) exceeds the maximum allowed (32");
    assertThatThrownBy(() -> strict.readValue("{\"a\": 1 /* note */}", JsonNode.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("comment");
    // The parser's own limit, placed where the parser stopped: the module cannot look back into its
    // input.
    assertModuleError(
        strict,
        "{\"id\":\"ru\",\"" + "n".repeat(300) + "\":1}",
        Kind.LIMIT_EXCEEDED,
        "$ (line 1, column 314): the input is beyond a limit: Name length (300) exceeds the maximum allowed (256)");
  }

  private static void assertModuleError(
      JsonMapper mapper, String input, Kind kind, String messageStart) {
    assertThatThrownBy(() -> mapper.readValue(input, Party.class))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(kind))
        .hasMessageStartingWith(messageStart);
  }

  @Test
  void isFoundByFindAndAddModules() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();

    assertThat(found.registeredModules()).anyMatch(m -> m instanceof EntenteModule);
    assertThat(found.readValue(RUSSIA, Party.class).name()).isEqualTo("Russia");
  }

  @Test
  void hasTheProjectsVersion() {
    assertThat(new EntenteModule().version().getGroupId()).isEqualTo("dev.entente");
    assertThat(new EntenteModule().version().getArtifactId()).isEqualTo("entente-io");
    assertThat(new EntenteModule().version().isUnknownVersion()).isFalse();
  }
}
