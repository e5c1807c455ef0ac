package dev.entente;

import static dev.entente.Invalid.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationTest {
  private static final Span CALL =
      Span.of(
          TimePoint.parse("2021-12-30T15:35-05:00"),
          TimePoint.parse("2021-12-30T16:25-05:00"),
          Duration.ofMinutes(50));

  private static Conversation.Builder call() {
    return Conversation.builder()
        .id("call")
        .mode(ConversationMode.PHONE_CALL)
        .addParticipants("putin", "biden")
        .when(CALL);
  }

  @Test
  void buildsWithEveryField() {
    Position position =
        Position.builder()
            .by("putin")
            .text("Guarantees are needed.")
            .addSubject("security-guarantees")
            .build();
    Characterisation characterisation =
        Characterisation.builder()
            .by("kremlin")
            .addWords("frank", "professional")
            .source("readout")
            .build();

    Conversation conversation =
        call()
            .initiator("putin")
            .addSubjects("agreement", "security-guarantees")
            .mainSubject("agreement")
            .purpose("To continue discussing the issues.")
            .addPosition(position)
            .addCharacterisation(characterisation)
            .addFollow("video-call")
            .addSource("readout")
            .build();

    assertThat(conversation.recordKind()).isEqualTo(RecordKind.CONVERSATION);
    assertThat(conversation.mode()).isEqualTo(ConversationMode.PHONE_CALL);
    assertThat(conversation.participants()).containsExactly("putin", "biden");
    assertThat(conversation.initiator()).contains("putin");
    assertThat(conversation.when()).isEqualTo(CALL);
    assertThat(conversation.place()).isEmpty();
    assertThat(conversation.subjects()).containsExactly("agreement", "security-guarantees");
    assertThat(conversation.mainSubject()).contains("agreement");
    assertThat(conversation.purpose()).contains("To continue discussing the issues.");
    assertThat(conversation.positions()).containsExactly(position);
    assertThat(conversation.characterisations()).containsExactly(characterisation);
    assertThat(conversation.follows()).containsExactly("video-call");
    assertThat(conversation.sources()).containsExactly("readout");
  }

  @Test
  void aMeetingInPersonHasAPlace() {
    Place geneva = Place.of("Geneva", CountryCode.of("CH"));

    Conversation meeting = call().mode(ConversationMode.IN_PERSON_MEETING).place(geneva).build();

    assertThat(meeting.place()).contains(geneva);
  }

  @Test
  void isEqualByValue() {
    assertThat(call().build()).isEqualTo(call().build()).hasSameHashCodeAs(call().build());
    assertThat(call().build()).isNotEqualTo(call().initiator("biden").build());
    assertThat(call().build())
        .isNotEqualTo(
            Conversation.builder()
                .from(call().build())
                .participants(List.of("biden", "putin"))
                .build());
  }

  @Test
  void refusesASingleParticipant() {
    assertRejected(
        () ->
            Conversation.builder()
                .id("call")
                .mode(ConversationMode.PHONE_CALL)
                .addParticipant("putin")
                .when(CALL)
                .build(),
        "participants",
        "Conversation \"call\": participants must list at least 2 leaders, but lists 1");
  }

  @Test
  void refusesAParticipantTwice() {
    assertRejected(
        () -> call().addParticipant("putin").build(),
        "participants",
        "Conversation \"call\": participants lists \"putin\" more than once");
  }

  @Test
  void refusesAnInitiatorWhoDidNotTakePart() {
    assertRejected(
        () -> call().initiator("trump").build(),
        "initiator",
        "Conversation \"call\": initiator \"trump\" is not one of the participants [putin, biden]");
  }

  @Test
  void refusesAMissingTime() {
    assertRejected(
        () ->
            Conversation.builder()
                .id("call")
                .mode(ConversationMode.PHONE_CALL)
                .addParticipants("putin", "biden")
                .build(),
        "when",
        "Conversation \"call\": when is required");
  }

  @Test
  void refusesAPlaceForACall() {
    assertRejected(
        () -> call().place(Place.of("Sochi", CountryCode.of("RU"))).build(),
        "place",
        "Conversation \"call\": only a meeting in person has a place, but the mode is phone-call");
  }

  @Test
  void refusesAMainSubjectThatIsNotASubject() {
    assertRejected(
        () -> call().addSubject("ukraine").mainSubject("agreement").build(),
        "mainSubject",
        "Conversation \"call\": mainSubject \"agreement\" is not one of the subjects [ukraine]");
  }

  @Test
  void refusesFollowingItself() {
    assertRejected(
        () -> call().addFollow("call").build(),
        "follows",
        "Conversation \"call\": follows must not refer to the record itself");
  }

  @Test
  void refusesABlankPurpose() {
    assertRejected(
        () -> call().purpose("").build(),
        "purpose",
        "Conversation \"call\": purpose must not be blank");
  }

  @Test
  void refusesANullPosition() {
    assertRejected(
        () -> call().positions(Arrays.asList((Position) null)).build(),
        "positions",
        "Conversation \"call\": positions[0] is null");
  }
}
