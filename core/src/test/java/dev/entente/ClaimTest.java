package dev.entente;

import static dev.entente.Invalid.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claims of sources that disagree: their own rules, the record's, and the dossier's. */
class ClaimTest {
  private static final Span AT_15_35 =
      Span.of(TimePoint.parse("2021-12-30T15:35-05:00"), Duration.ofMinutes(50));
  private static final Span AT_13_35 = Span.of(TimePoint.parse("2021-12-30T13:35-05:00"));

  private static Conversation.Builder call() {
    return Records.conversation("call", "putin", "biden").when(AT_15_35).addSource("readout");
  }

  @Test
  void aRecordKeepsItsValueAndTheClaimsOfOtherSources() {
    Claim page = Claim.of("when", AT_13_35, "news-page").withConfidence(0.3);
    Conversation conversation =
        call().addClaim(page).addClaim(Claim.of("initiator", "biden", "news-page")).build();

    assertThat(conversation.when()).isEqualTo(AT_15_35);
    assertThat(conversation.claimsAbout("when")).containsExactly(page);
    assertThat(conversation.claimsAbout("place")).isEmpty();
    assertThat(page.value()).isEqualTo(AT_13_35);
    assertThat(page.source()).isEqualTo("news-page");
    assertThat(page.confidence()).contains(0.3);
    assertThat(page).hasToString("when=" + AT_13_35 + " per news-page (0.3)");
  }

  @Test
  void aClaimIsEqualByValueAndCopiesTheListItIsGiven() {
    List<String> participants = new ArrayList<>(List.of("putin", "ushakov"));
    Claim claim = Claim.of("participants", participants, "news-page");
    participants.add("biden");

    assertThat(claim.value()).isEqualTo(List.of("putin", "ushakov"));
    assertThat(claim)
        .isEqualTo(Claim.of("participants", List.of("putin", "ushakov"), "news-page"))
        .hasSameHashCodeAs(Claim.of("participants", List.of("putin", "ushakov"), "news-page"))
        .isNotEqualTo(claim.withConfidence(1));
  }

  @Test
  void refusesAClaimWithoutAFieldASourceIdOrAConfidenceWithinZeroAndOne() {
    assertThatThrownBy(() -> Claim.of(" ", AT_13_35, "page"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a claim's field must be named");
    assertThatThrownBy(() -> Claim.of("when", AT_13_35, "a page"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a claim's source \"a page\" is not an id of a statement");
    assertThatThrownBy(() -> Claim.of("when", AT_13_35, "page").withConfidence(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a claim's confidence 1.5 is not within [0, 1]");
    assertThatThrownBy(() -> Claim.of("when", AT_13_35, "page").withConfidence(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAClaimAboutAFieldTheRecordDoesNotHaveOrThatNoSourceGives() {
    assertRejected(
        () -> call().addClaim(Claim.of("venue", "Geneva", "page")).build(),
        "claims",
        "Conversation \"call\": claims[0] is about \"venue\", which is no field of a conversation"
            + " a source can give: one of mode, participants, initiator, when, place, subjects,"
            + " mainSubject, purpose, positions, characterisations, follows");
    assertRejected(
        () -> call().addClaim(Claim.of("id", "other-call", "page")).build(),
        "claims",
        "Conversation \"call\": claims[0] is about \"id\", which is no field of a conversation a"
            + " source can give: one of mode, participants, initiator, when, place, subjects,"
            + " mainSubject, purpose, positions, characterisations, follows");
  }

  @Test
  void refusesAValueOfAnotherTypeOrFormThanTheField() {
    assertRejected(
        () -> call().addClaim(Claim.of("when", "13:35", "page")).build(),
        "claims",
        "Conversation \"call\": claims[0].value \"13:35\" is a String, but when holds a Span");
    assertRejected(
        () -> call().addClaim(Claim.of("participants", "putin", "page")).build(),
        "claims",
        "Conversation \"call\": claims[0].value \"putin\" is a String, but participants holds a"
            + " list");
    assertRejected(
        () -> call().addClaim(Claim.of("participants", List.of("putin"), "page")).build(),
        "claims[0].value",
        "Conversation \"call\": claims[0].value must list at least 2 leaders, but lists 1");
    assertRejected(
        () -> call().addClaim(Claim.of("purpose", " ", "page")).build(),
        "claims[0].value",
        "Conversation \"call\": claims[0].value must not be blank");
    assertRejected(
        () -> call().addClaim(Claim.of("initiator", "not an id", "page")).build(),
        "claims[0].value",
        "Conversation \"call\": claims[0].value \"not an id\" is not a valid id");
  }

  @Test
  void refusesAClaimOfTheRecordsOwnValueAndAClaimListedTwice() {
    assertRejected(
        () -> call().addClaim(Claim.of("when", AT_15_35, "page")).build(),
        "claims",
        "Conversation \"call\": claims[0] gives the when the record holds; a source that agrees"
            + " is one of its sources");
    assertRejected(
        () -> call().initiator("putin").addClaim(Claim.of("initiator", "putin", "page")).build(),
        "claims",
        "Conversation \"call\": claims[0] gives the initiator the record holds; a source that"
            + " agrees is one of its sources");
    Claim claim = Claim.of("when", AT_13_35, "page");
    assertRejected(
        () -> call().addClaim(claim).addClaim(claim).build(),
        "claims",
        "Conversation \"call\": claims lists " + claim + " more than once");
  }

  @Test
  void theDossierChecksAClaimsSourceAndTheReferencesOfItsValue() {
    Conversation conversation =
        call()
            .addClaim(Claim.of("participants", List.of("putin", "nobody"), "readout"))
            .addClaim(Claim.of("initiator", "ru", "no-such-page"))
            .build();
    Dossier.Builder dossier =
        Records.twoStates().add(Records.statement("readout", "ru").build()).add(conversation);

    assertThat(dossier.validate())
        .extracting(Problem::kind, Problem::path)
        .containsExactly(
            tuple(Problem.Kind.UNKNOWN_REFERENCE, "claims[0].value[1]"),
            tuple(Problem.Kind.UNKNOWN_REFERENCE, "claims[1].source"),
            tuple(Problem.Kind.WRONG_KIND_OF_RECORD, "claims[1].value"));
  }

  @Test
  void aClaimOfAPartIsCheckedAsThePartAndItsReferencesAcrossTheDossier() {
    Visit visit =
        Records.visit("visit", "putin", "us")
            .addSource("readout")
            .addClaim(
                Claim.of(
                    "places",
                    List.of(Place.builder().venue("Camp David").party("nowhere").build()),
                    "readout"))
            .build();
    Dossier.Builder dossier =
        Records.twoStates().add(Records.statement("readout", "ru").build()).add(visit);

    assertThat(dossier.validate())
        .extracting(Problem::path)
        .containsExactly("claims[0].value[0].party");
  }

  @Test
  void aDiffShowsAClaimAddedToARecord() {
    Dossier before =
        Records.twoStates()
            .add(Records.statement("readout", "ru").build())
            .add(Records.statement("news-page", "us").build())
            .add(call().build())
            .build();
    Dossier after =
        Records.replace(before, call().addClaim(Claim.of("when", AT_13_35, "news-page")).build());

    assertThat(before.diff(after).changed())
        .singleElement()
        .satisfies(
            change ->
                assertThat(change.fields())
                    .extracting(FieldChange::path)
                    .containsExactly("claims"));
  }
}
