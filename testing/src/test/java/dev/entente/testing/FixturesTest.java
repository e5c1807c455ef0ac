package dev.entente.testing;

import static dev.entente.testing.EntenteAssertions.assertThat;

import dev.entente.AgreementKind;
import dev.entente.ConversationMode;
import dev.entente.Dossier;
import dev.entente.PartyKind;
import dev.entente.Role;
import dev.entente.Stage;
import dev.entente.StatementKind;
import dev.entente.TalksFormat;
import dev.entente.TalksStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FixturesTest {
  @Test
  void minimalRecordsAreValidAndStateTheirDefaults() {
    Dossier dossier =
        Dossier.builder()
            .add(MinimalRecords.party("un").build())
            .add(MinimalRecords.state("ru", "RU").build())
            .add(MinimalRecords.leader("putin", "ru").build())
            .add(MinimalRecords.leader("guterres", "un").build())
            .add(MinimalRecords.topic("ukraine").build())
            .add(MinimalRecords.statement("comment", "putin").build())
            .add(MinimalRecords.conversation("call", "putin", "guterres").build())
            .add(MinimalRecords.agreement("commitment", "ru", "un").build())
            .add(MinimalRecords.talks("talks", "ru", "un").build())
            .add(MinimalRecords.talks("round-table", "ru").build())
            .build();

    assertThat(dossier).party("un").hasKind(PartyKind.INTERNATIONAL_ORGANIZATION).isNamed("un");
    assertThat(dossier).party("ru").isState().hasCountry("RU");
    assertThat(dossier).leader("putin").hasRole(Role.OFFICIAL).actsFor("ru");
    assertThat(dossier).topic("ukraine").hasLabel("ukraine");
    assertThat(dossier).statement("comment").hasKind(StatementKind.COMMENT).isDated("2021-12-30");
    assertThat(dossier)
        .conversation("call")
        .hasMode(ConversationMode.PHONE_CALL)
        .startedAt("2021-12-30");
    assertThat(dossier)
        .agreement("commitment")
        .isOfKind(AgreementKind.COMMITMENT)
        .hasStatus(Stage.AGREED);
    assertThat(dossier)
        .talks("talks")
        .hasFormat(TalksFormat.BILATERAL)
        .hasStatus(TalksStatus.SCHEDULED);
    assertThat(dossier).talks("round-table").hasFormat(TalksFormat.MULTILATERAL);
  }

  @Test
  void smallDossiersHoldWhatTheySay() {
    assertThat(SmallDossiers.empty()).hasRecordCount(0);
    assertThat(SmallDossiers.oneCall())
        .hasRecordCount(5)
        .conversation("call")
        .wasInitiatedBy("putin")
        .lasted(Duration.ofMinutes(50));
    assertThat(SmallDossiers.threadOfCalls())
        .hasRecordCount(7)
        .conversation("call")
        .follows("second-call");
    assertThat(SmallDossiers.threadOfCalls()).conversation("second-call").follows("first-call");
  }

  @Test
  void theDecember2021FixtureNamesItsMainRecords() {
    assertThat(December2021.putin()).isNamed("Vladimir Putin");
    assertThat(December2021.biden()).isNamed("Joe Biden");
    assertThat(December2021.russia()).hasId(December2021.RUSSIA);
    assertThat(December2021.unitedStates()).hasCountry("US");
    assertThat(December2021.videoCall()).isVideoCall();
    assertThat(December2021.phoneCall()).isPhoneCall();
    assertThat(December2021.negotiationsAgreement()).hasId(December2021.NEGOTIATIONS_AGREEMENT);
    assertThat(December2021.genevaTalks()).takesPlaceIn("Geneva");
    assertThat(December2021.kremlinReadout()).isBy(December2021.KREMLIN_PRESS_SERVICE);
    assertThat(December2021.dossier()).isSameAs(December2021.dossier()).hasRecordCount(30);
  }

  @Test
  void theDecember2021FixtureShipsItsJson() {
    assertThat(December2021.json())
        .startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"parties\": [")
        .contains("\"id\": \"phone-call-2021-12-30\"")
        .endsWith("}");
  }
}
