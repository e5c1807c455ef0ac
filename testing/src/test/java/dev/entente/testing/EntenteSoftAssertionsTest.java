package dev.entente.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Conversation;
import dev.entente.Stage;
import java.time.Duration;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SoftAssertionsExtension.class)
class EntenteSoftAssertionsTest {
  private static final Conversation CALL = December2021.phoneCall();

  @InjectSoftAssertions private EntenteSoftAssertions injected;

  @Test
  void collectsEveryFailureAndReportsThemTogether() {
    EntenteSoftAssertions softly = new EntenteSoftAssertions();

    softly.assertThat(CALL).isVideoCall();
    softly.assertThat(CALL).isPhoneCall().wasInitiatedBy("biden").lasted(Duration.ofMinutes(50));
    softly.assertThat(December2021.negotiationsAgreement()).hasStatus(Stage.SIGNED);
    softly.assertThat(December2021.dossier()).hasRecord("trump");
    softly.assertThat("plain AssertJ").startsWith("plain");

    assertThat(softly.errorsCollected()).hasSize(4);
    assertThatThrownBy(softly::assertAll)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Multiple Failures (4 failures)")
        .hasMessageContaining("to be a video call,\nbut it was a phone call")
        .hasMessageContaining(
            "to have been initiated by \"biden\",\nbut it was initiated by \"putin\"")
        .hasMessageContaining("to have the status signed,\nbut its status is agreed")
        .hasMessageContaining("to hold a record \"trump\",\nbut it holds none");
  }

  @Test
  void offersEveryRecordTypeSoftly() {
    EntenteSoftAssertions softly = new EntenteSoftAssertions();

    softly.assertThat(December2021.russia()).isState();
    softly.assertThat(December2021.putin()).actsFor("ru");
    softly.assertThat(December2021.dossier().topics().get(0)).hasId("bilateral-relations");
    softly.assertThat(December2021.kremlinReadout()).isDated("2021-12-31");
    softly.assertThat(December2021.genevaTalks()).takesPlaceIn("Geneva");
    softly.assertThat(SmallDossiers.oneCall().toBuilder()).isValid();
    softly.assertThat(MinimalRecords.visit("v", "putin", "us").build()).wasHostedBy("us");
    softly.assertThat(MinimalRecords.visit("v", "putin", "us").build()).wasHostedBy("ru");

    assertThat(softly.errorsCollected())
        .singleElement()
        .extracting(Throwable::getMessage)
        .asString()
        .contains(
            "Expecting visit \"v\"\nto have been hosted by \"ru\",\nbut it was hosted by \"us\"");
  }

  @Test
  void worksWithAssertJsJUnitExtension() {
    injected.assertThat(CALL).isPhoneCall().hasParticipants("putin", "biden");
    injected.assertThat(December2021.dossier()).isEqualTo(December2021.dossier());
  }
}
