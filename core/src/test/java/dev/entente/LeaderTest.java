package dev.entente;

import static dev.entente.Invalid.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeaderTest {
  private static final Office ADVISER =
      Office.builder()
          .party("ru")
          .role(Role.ADVISER)
          .title("Adviser to the Russian President on international affairs")
          .term(Span.of(TimePoint.parse("2012-05-21")))
          .build();

  private static Leader.Builder ushakov() {
    return Leader.builder().id("ushakov").name("Yury Ushakov").addOffice(ADVISER);
  }

  @Test
  void buildsWithEveryField() {
    Leader leader =
        ushakov().addOtherName("Yuri Ushakov").putIdentifier("wikidata", "Q4527004").build();

    assertThat(leader.recordKind()).isEqualTo(RecordKind.LEADER);
    assertThat(leader.name()).isEqualTo("Yury Ushakov");
    assertThat(leader.otherNames()).containsExactly("Yuri Ushakov");
    assertThat(leader.offices()).containsExactly(ADVISER);
    assertThat(ADVISER.party()).isEqualTo("ru");
    assertThat(ADVISER.role()).isEqualTo(Role.ADVISER);
    assertThat(ADVISER.title())
        .contains("Adviser to the Russian President on international affairs");
    assertThat(ADVISER.term()).contains(Span.of(TimePoint.parse("2012-05-21")));
    assertThat(ADVISER.standing()).isEmpty();
    assertThat(leader.identifiers()).containsEntry("wikidata", "Q4527004");
  }

  @Test
  void holdsSeveralOfficesAndTwoTermsOfOne() {
    // Grover Cleveland, President in 1885-1889 and 1893-1897, was President-elect in between.
    Office first = president("1885-03-04", "1889-03-04").build();
    Office elect =
        Office.builder()
            .party("us")
            .role(Role.HEAD_OF_STATE)
            .title("President-elect")
            .term(Span.of(TimePoint.parse("1892-11-08"), TimePoint.parse("1893-03-04")))
            .standing(Standing.ELECT)
            .build();
    Office second = president("1893-03-04", "1897-03-04").build();
    Office governor = Office.builder().party("ny").role(Role.OFFICIAL).title("Governor").build();
    Leader cleveland =
        Leader.builder()
            .id("cleveland")
            .name("Grover Cleveland")
            .addOffices(governor, first, elect, second)
            .build();

    assertThat(cleveland.officeAt(LocalDate.of(1886, 1, 1))).contains(first);
    assertThat(cleveland.officeAt(LocalDate.of(1890, 1, 1))).isEmpty();
    assertThat(cleveland.officeAt(LocalDate.of(1893, 1, 1))).contains(elect);
    assertThat(cleveland.officeAt(LocalDate.of(1893, 3, 4))).contains(elect);
    assertThat(cleveland.officeAt(LocalDate.of(1893, 3, 5))).contains(second);
    assertThat(cleveland.officeAt(LocalDate.of(1897, 3, 5))).isEmpty();
    assertThat(cleveland.officeAt(LocalDate.of(1884, 12, 31))).isEmpty();
  }

  @Test
  void takesATermWithoutAnEndAsOpen() {
    assertThat(ADVISER.isHeldOn(LocalDate.of(2012, 5, 20))).isFalse();
    assertThat(ADVISER.isHeldOn(LocalDate.of(2012, 5, 21))).isTrue();
    assertThat(ADVISER.isHeldOn(LocalDate.of(2030, 1, 1))).isTrue();
    Office day =
        Office.builder()
            .party("ru")
            .role(Role.ENVOY)
            .term(Span.of(TimePoint.parse("2022-01-10"), Duration.ofHours(8)))
            .build();
    assertThat(day.isHeldOn(LocalDate.of(2022, 1, 10))).isTrue();
    assertThat(day.isHeldOn(LocalDate.of(2022, 1, 11))).isFalse();
    assertThat(Office.of("ru", Role.ENVOY).isHeldOn(LocalDate.of(2022, 1, 10))).isFalse();
  }

  @Test
  void mayHoldAnOfficeWithoutATermAtAnyTimeAndOneWithATermOnlyDuringIt() {
    Span meeting = Span.of(TimePoint.parse("1890-06-01"), TimePoint.parse("1890-06-03"));
    assertThat(Office.of("us", Role.HEAD_OF_STATE).mayBeHeldAt(meeting)).isTrue();
    assertThat(president("1885-03-04", "1889-03-04").build().mayBeHeldAt(meeting)).isFalse();
    assertThat(president("1890-06-03", "1891").build().mayBeHeldAt(meeting)).isTrue();
    assertThat(president("1889", "1890-06-01").build().mayBeHeldAt(meeting)).isTrue();
    assertThat(president("1890-06-04", "1891").build().mayBeHeldAt(meeting)).isFalse();
    assertThat(
            Office.builder()
                .party("us")
                .role(Role.HEAD_OF_STATE)
                .term(Span.of(TimePoint.parse("1885")))
                .build()
                .mayBeHeldAt(meeting))
        .isTrue();
  }

  @Test
  void isEqualByValue() {
    assertThat(ushakov().build()).isEqualTo(ushakov().build()).hasSameHashCodeAs(ushakov().build());
    assertThat(ushakov().build())
        .isNotEqualTo(ushakov().addOffice(Office.of("ru", Role.ENVOY)).build());
    assertThat(Office.builder().from(ADVISER).standing(Standing.ACTING).build())
        .isNotEqualTo(ADVISER);
  }

  @Test
  void refusesAMissingName() {
    assertRejected(
        () -> Leader.builder().id("ushakov").addOffice(ADVISER).build(),
        "name",
        "Leader \"ushakov\": name is required");
  }

  @Test
  void refusesALeaderWithoutOffice() {
    assertRejected(
        () -> Leader.builder().id("ushakov").name("Yury Ushakov").build(),
        "offices",
        "Leader \"ushakov\": offices must list at least 1 office, but lists 0");
  }

  @Test
  void refusesAnOfficeWithoutPartyOrRole() {
    assertRejected(
        () -> Office.builder().role(Role.ADVISER).build(), "party", "Office: party is required");
    assertRejected(() -> Office.builder().party("ru").build(), "role", "Office: role is required");
  }

  @Test
  void refusesABlankTitle() {
    assertRejected(
        () -> Office.builder().party("ru").role(Role.ADVISER).title("").build(),
        "title",
        "Office: title must not be blank");
  }

  @Test
  void refusesABlankOtherName() {
    assertRejected(
        () -> ushakov().addOtherName("\t").build(),
        "otherNames",
        "Leader \"ushakov\": otherNames must not be blank");
  }

  @Test
  void refusesABlankIdentifier() {
    assertRejected(
        () -> ushakov().putIdentifier("wikidata", " ").build(),
        "identifiers",
        "Leader \"ushakov\": identifiers must not be blank");
  }

  private static Office.Builder president(String from, String to) {
    return Office.builder()
        .party("us")
        .role(Role.HEAD_OF_STATE)
        .title("President")
        .term(Span.of(TimePoint.parse(from), TimePoint.parse(to)));
  }
}
