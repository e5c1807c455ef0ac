package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.Party;
import dev.entente.Statement;
import dev.entente.testing.December2021;
import dev.entente.io.EntenteJsonException.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The module inside mappers with Jackson's default settings: the format's rules still hold. */
class EntenteModuleTest {
  private static final Dossier DOSSIER = December2021.dossier();
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new EntenteModule()).build();
  private static final String RUSSIA = "{\"id\":\"ru\",\"kind\":\"state\",\"name\":\"Russia\",\"country\":\"RU\"}";

  @Test
  void writesTheSameBytesAsTheFacade() {
    assertThat(MAPPER.writeValueAsString(DOSSIER)).isEqualTo(EntenteJson.defaults().writeString(DOSSIER));
    Conversation call = DOSSIER.conversations().get(0);
    assertThat(MAPPER.writeValueAsString(call)).isEqualTo(EntenteJson.defaults().writeString(call));
  }

  @Test
  void readsWhatItWrites() {
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(DOSSIER), Dossier.class)).isEqualTo(DOSSIER);
    for (Conversation call : DOSSIER.conversations()) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(call), Conversation.class)).isEqualTo(call);
    }
  }

  @Test
  void worksInsideAnApplicationsOwnTypes() {
    Party russia = DOSSIER.find("ru", Party.class).orElseThrow();
    Briefing briefing = new Briefing("Moscow", russia);

    String json = MAPPER.writeValueAsString(briefing);

    assertThat(MAPPER.readValue(json, Briefing.class)).isEqualTo(briefing);
    assertThat(MAPPER.writeValueAsString(List.of(russia))).startsWith("[{\"id\":\"ru\",\"kind\":\"state\"");
  }

  @Test
  void refusesAnUnknownFieldWhateverTheMapperSays() {
    assertThatThrownBy(() -> MAPPER.readValue(RUSSIA.replace("}", ",\"capital\":\"Moscow\"}"), Party.class))
        .isInstanceOfSatisfying(EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_FIELD))
        .hasMessageStartingWith("$ (line 1, column 58): unknown field \"capital\" in a party");
  }

  @Test
  void refusesADuplicateKeyWhateverTheMapperSays() {
    assertThatThrownBy(() -> MAPPER.readValue(RUSSIA.replace("}", ",\"name\":\"Russland\"}"), Party.class))
        .isInstanceOfSatisfying(EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DUPLICATE_KEY))
        .hasMessage("$ (line 1, column 58): the key \"name\" appears twice in a party");
  }

  @Test
  void readsTimesByTheModelsRulesWhateverTheMapperSays() {
    String statement = "{\"id\":\"s\",\"kind\":\"readout\",\"by\":\"x\",\"when\":\"2021-12-30T15:35\",\"summary\":\"s\"}";

    assertThatThrownBy(() -> MAPPER.readValue(statement, Statement.class))
        .isInstanceOfSatisfying(EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE))
        .hasMessageContaining("\"2021-12-30T15:35\" has no UTC offset");
    assertThat(MAPPER.readValue(statement.replace("15:35", "15:35-05:00"), Statement.class).when())
        .hasToString("2021-12-30T15:35-05:00");
  }

  @Test
  void refusesNullForARecord() {
    assertThatThrownBy(() -> MAPPER.readValue("null", Party.class))
        .isInstanceOfSatisfying(EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE))
        .hasMessage("$ (line 1, column 1): null is not a party (Party)");
  }

  @Test
  void reportsAnErrorInsideAnApplicationsTypeWithItsCause() {
    String json = "{\"title\":\"Moscow\",\"party\":" + RUSSIA.replace("\"state\"", "\"country\"") + "}";

    assertThatThrownBy(() -> MAPPER.readValue(json, Briefing.class))
        .satisfies(
            e -> {
              EntenteJsonException cause =
                  e instanceof EntenteJsonException ? (EntenteJsonException) e : (EntenteJsonException) e.getCause();
              assertThat(cause.kind()).isEqualTo(Kind.INVALID_VALUE);
              assertThat(cause.reason()).isEqualTo("\"country\" is not one of state, international-organization, forum, government-body, news-outlet");
            });
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
