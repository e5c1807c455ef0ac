package dev.entente;

import static dev.entente.Invalid.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TalksTest {
  private static final Span JANUARY_10 = Span.of(TimePoint.parse("2022-01-10"));

  private static Talks.Builder geneva() {
    return Talks.builder()
        .id("geneva")
        .title("Russia–US talks in Geneva")
        .when(JANUARY_10)
        .format(TalksFormat.BILATERAL)
        .addDelegations(Delegation.of("ru"), Delegation.of("us"))
        .status(TalksStatus.SCHEDULED);
  }

  @Test
  void buildsWithEveryField() {
    Talks talks =
        geneva()
            .venue(Place.of("Geneva", CountryCode.of("CH")))
            .host("ch")
            .addAgenda("security-guarantees")
            .addCarriesOut("agreement")
            .addSource("report")
            .build();

    assertThat(talks.recordKind()).isEqualTo(RecordKind.TALKS);
    assertThat(talks.title()).isEqualTo("Russia–US talks in Geneva");
    assertThat(talks.when()).isEqualTo(JANUARY_10);
    assertThat(talks.venue()).contains(Place.of("Geneva", CountryCode.of("CH")));
    assertThat(talks.format()).isEqualTo(TalksFormat.BILATERAL);
    assertThat(talks.host()).contains("ch");
    assertThat(talks.parties()).containsExactly("ru", "us");
    assertThat(talks.agenda()).containsExactly("security-guarantees");
    assertThat(talks.carriesOut()).containsExactly("agreement");
    assertThat(talks.status()).isEqualTo(TalksStatus.SCHEDULED);
    assertThat(talks.previousDates()).isEmpty();
    assertThat(talks.announcedBy()).isEmpty();
  }

  @Test
  void rescheduledTalksKeepEveryPreviousDateInOrder() {
    Span january11 = Span.of(TimePoint.parse("2022-01-11"));
    Talks talks =
        geneva()
            .when(Span.of(TimePoint.parse("2022-01-12")))
            .status(TalksStatus.RESCHEDULED)
            .addPreviousDates(JANUARY_10, january11)
            .announcedBy("readout")
            .build();
    Talks movedBack =
        geneva().status(TalksStatus.RESCHEDULED).addPreviousDates(JANUARY_10, january11).build();
    Talks heldAfterAChange =
        geneva().when(january11).status(TalksStatus.HELD).addPreviousDate(JANUARY_10).build();
    Talks postponed = geneva().status(TalksStatus.POSTPONED).addPreviousDate(january11).build();

    assertThat(talks.previousDates()).containsExactly(JANUARY_10, january11);
    assertThat(talks.announcedBy()).contains("readout");
    assertThat(movedBack.previousDates())
        .as("back to the first date")
        .containsExactly(JANUARY_10, january11);
    assertThat(heldAfterAChange.previousDates()).containsExactly(JANUARY_10);
    assertThat(postponed.previousDates()).containsExactly(january11);
  }

  @Test
  void isEqualByValue() {
    assertThat(geneva().build()).isEqualTo(geneva().build()).hasSameHashCodeAs(geneva().build());
    assertThat(geneva().build()).isNotEqualTo(geneva().status(TalksStatus.HELD).build());
  }

  @Test
  void refusesNoDelegation() {
    assertRejected(
        () -> geneva().format(TalksFormat.MULTILATERAL).delegations(List.of()).build(),
        "delegations",
        "Talks \"geneva\": delegations must list at least 1 delegation, but lists 0");
  }

  @Test
  void refusesTwoDelegationsOfOneParty() {
    assertRejected(
        () -> geneva().format(TalksFormat.MULTILATERAL).addDelegation(Delegation.of("ru")).build(),
        "delegations",
        "Talks \"geneva\": delegations lists \"ru\" more than once");
  }

  @Test
  void refusesBilateralTalksOfThreeParties() {
    assertRejected(
        () -> geneva().addDelegation(Delegation.of("nato")).build(),
        "delegations",
        "Talks \"geneva\": bilateral talks must have exactly 2 delegations, but have 3");
  }

  @Test
  void refusesACouncilSessionWithoutHost() {
    assertRejected(
        () -> geneva().format(TalksFormat.COUNCIL_SESSION).build(),
        "host",
        "Talks \"geneva\": a council session must name its host");
  }

  @Test
  void refusesRescheduledTalksWithoutThePreviousDate() {
    assertRejected(
        () -> geneva().status(TalksStatus.RESCHEDULED).build(),
        "previousDates",
        "Talks \"geneva\": rescheduled talks must keep the date they were moved from");
  }

  @Test
  void refusesADateMovedToItself() {
    assertRejected(
        () -> geneva().status(TalksStatus.RESCHEDULED).addPreviousDate(JANUARY_10).build(),
        "previousDates",
        "Talks \"geneva\": previousDates[0] is 2022-01-10, the same as the date planned after it: a"
            + " date moved to itself is no change");
    assertRejected(
        () ->
            geneva()
                .when(Span.of(TimePoint.parse("2022-01-20")))
                .addPreviousDates(JANUARY_10, JANUARY_10)
                .build(),
        "previousDates",
        "Talks \"geneva\": previousDates[0] is 2022-01-10, the same as the date planned after it: a"
            + " date moved to itself is no change");
  }

  @Test
  void refusesAMissingFormat() {
    assertRejected(
        () ->
            Talks.builder()
                .id("geneva")
                .title("t")
                .when(JANUARY_10)
                .addDelegation(Delegation.of("ru"))
                .status(TalksStatus.HELD)
                .build(),
        "format",
        "Talks \"geneva\": format is required");
  }
}
