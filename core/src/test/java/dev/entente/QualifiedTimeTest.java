package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.TimePoint.Bound;
import dev.entente.TimePoint.Qualifier;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** EDTF's qualifiers and bounds on time points: their text, their order and their meaning. */
class QualifiedTimeTest {
  private static final ZoneId UTC = ZoneId.of("UTC");

  @ParameterizedTest
  @CsvSource({
    "1990~, YEAR, APPROXIMATE, ",
    "1943-03?, MONTH, UNCERTAIN, ",
    "2004-06-11%, DAY, UNCERTAIN_AND_APPROXIMATE, ",
    "[..1991], YEAR, , ON_OR_BEFORE",
    "[1990..], YEAR, , ON_OR_AFTER",
    "[..1991-12~], MONTH, APPROXIMATE, ON_OR_BEFORE",
    "[2021-12-30T15:35-05:00..], MOMENT, , ON_OR_AFTER"
  })
  void readsAndWritesEdtfQualifiersAndBounds(
      String text, TimePoint.Precision precision, Qualifier qualifier, Bound bound) {
    TimePoint point = TimePoint.parse(text);

    assertThat(point.precision()).isEqualTo(precision);
    assertThat(point.qualifier()).isEqualTo(Optional.ofNullable(qualifier));
    assertThat(point.bound()).isEqualTo(Optional.ofNullable(bound));
    assertThat(point.isCertain()).isFalse();
    assertThat(point).hasToString(text);
  }

  @Test
  void qualifiedPointsAreMadeFromTheStatedOnesAndGiveThemBack() {
    TimePoint march = TimePoint.parse("1943-03");

    TimePoint early = march.withQualifier(Qualifier.APPROXIMATE);
    TimePoint before = march.withBound(Bound.ON_OR_BEFORE);

    assertThat(early).isEqualTo(TimePoint.parse("1943-03~")).isNotEqualTo(march);
    assertThat(early.withBound(Bound.ON_OR_BEFORE)).hasToString("[..1943-03~]");
    assertThat(before.withBound(Bound.ON_OR_AFTER)).hasToString("[1943-03..]");
    assertThat(early.asStated()).isEqualTo(march);
    assertThat(before.asStated()).isEqualTo(march);
    assertThat(march.asStated()).isSameAs(march);
    assertThat(march.isCertain()).isTrue();
    assertThat(early.firstDay()).isEqualTo(march.firstDay());
    assertThat(before.lastDay()).isEqualTo(LocalDate.of(1943, 3, 31));
    assertThat(early.hashCode()).isEqualTo(TimePoint.parse("1943-03~").hashCode());
  }

  @Test
  void refusesAQualifiedMomentAndSaysWhatToWrite() {
    TimePoint call = TimePoint.parse("2021-12-30T15:35-05:00");

    assertThatThrownBy(() -> call.withQualifier(Qualifier.APPROXIMATE))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("qualify its day instead, such as 2021-12-30~");
    assertThatThrownBy(() -> TimePoint.parse("2021-12-30T15:35-05:00~"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("EDTF qualifies a year, a month or a day, such as \"2021-12-30~\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[..]",
        "[1991]",
        "[..1991",
        "1991..]",
        "[..[..1991]]",
        "[..1991..]",
        "~",
        "1990~~"
      })
  void refusesMalformedBoundsAndQualifiers(String text) {
    assertThatThrownBy(() -> TimePoint.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("\"" + text + "\" is");
  }

  @Test
  void placesAPointAtItsStatedDateBoundsAroundItAndQualifiersAfterIt() {
    List<TimePoint> expected =
        List.of(
            TimePoint.parse("1990"),
            TimePoint.parse("[..1991]"),
            TimePoint.parse("[..1991~]"),
            TimePoint.parse("1991"),
            TimePoint.parse("1991?"),
            TimePoint.parse("1991~"),
            TimePoint.parse("1991%"),
            TimePoint.parse("[1991..]"),
            TimePoint.parse("1991-01"),
            TimePoint.parse("1991-01-01~"),
            TimePoint.parse("[..1991-01-01T00:00Z]"),
            TimePoint.parse("1991-01-01T00:00Z"),
            TimePoint.parse("1991-01-02"));
    List<TimePoint> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new Random(7));

    Collections.sort(shuffled);

    assertThat(shuffled).containsExactlyElementsOf(expected);
    for (TimePoint a : expected) {
      for (TimePoint b : expected) {
        assertThat(a.compareTo(b) == 0).as("%s and %s", a, b).isEqualTo(a.equals(b));
      }
    }
  }

  @Test
  void aBoundMayLieAnywhereOnItsSideWhereAQualifiedDateIsTakenAtItsDays() {
    Span before = Span.of(TimePoint.parse("[..1991]"));
    Span after = Span.of(TimePoint.parse("[1990..]"));
    Span around = Span.of(TimePoint.parse("1990~"));

    assertThat(before.mayInclude(TimePoint.parse("1960-05-01"))).isTrue();
    assertThat(before.mayInclude(TimePoint.parse("1992-01-01"))).isFalse();
    assertThat(after.mayInclude(TimePoint.parse("2020"))).isTrue();
    assertThat(after.mayInclude(TimePoint.parse("1989-12-31"))).isFalse();
    assertThat(after.lastDay()).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(around.mayInclude(TimePoint.parse("1991-01-01"))).isFalse();
    assertThat(around.mayInclude(TimePoint.parse("1990-06-01"))).isTrue();
  }

  @Test
  void anEndIsRefusedOnlyWhenNoReadingOfItsBoundAllowsIt() {
    assertThat(Span.of(TimePoint.parse("[..1991]"), TimePoint.parse("1985")).end()).isPresent();
    assertThat(Span.of(TimePoint.parse("1985"), TimePoint.parse("[1980..]")).end()).isPresent();
    assertThatThrownBy(() -> Span.of(TimePoint.parse("[1990..]"), TimePoint.parse("1985")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end 1985 is before start [1990..]");
    assertThatThrownBy(() -> Span.of(TimePoint.parse("1990~"), TimePoint.parse("1985")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end 1985 is before start 1990~");
    assertThatThrownBy(
            () ->
                Span.of(
                    TimePoint.parse("[2021-12-30T16:00Z..]"), TimePoint.parse("2021-12-30T15:00Z")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void boundedMomentsHaveNoLengthAndTheirDurationOnlyHasToFit() {
    Span span =
        Span.of(
            TimePoint.parse("[..2021-12-30T15:00Z]"),
            TimePoint.parse("2021-12-30T16:00Z"),
            Duration.ofHours(3));

    assertThat(span.length()).contains(Duration.ofHours(3));
    assertThat(
            Span.of(TimePoint.parse("[..2021-12-30T15:00Z]"), TimePoint.parse("2021-12-30T16:00Z"))
                .length())
        .isEmpty();
    assertThatThrownBy(
            () ->
                Span.of(
                    TimePoint.parse("[2021-12-30T15:00Z..]"),
                    TimePoint.parse("2021-12-30T16:00Z"),
                    Duration.ofHours(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contradicts");
  }

  @Test
  void fallsOnADayOnlyForCertain() {
    LocalDate day = LocalDate.of(2021, 12, 7);

    assertThat(Span.of(TimePoint.parse("2021-12-07")).fallsOn(day, UTC)).isTrue();
    assertThat(Span.of(TimePoint.parse("2021-12-07~")).fallsOn(day, UTC)).isFalse();
    assertThat(Span.of(TimePoint.parse("2021-12-07?")).fallsOn(day, UTC)).isFalse();
    assertThat(Span.of(TimePoint.parse("[..2021-12-07]")).fallsOn(day, UTC)).isFalse();
    Span roughEnd = Span.of(TimePoint.parse("2021-12-06"), TimePoint.parse("2021-12-09~"));
    assertThat(roughEnd.fallsOn(LocalDate.of(2021, 12, 6), UTC)).isTrue();
    assertThat(roughEnd.fallsOn(day, UTC)).isFalse();
    Span certain = Span.of(TimePoint.parse("2021-12-06"), TimePoint.parse("2021-12-09"));
    assertThat(certain.fallsOn(day, UTC)).isTrue();
  }

  @Test
  void membershipsAndLifetimesMayHoldOnAnyDayABoundAllows() {
    Membership joinedBefore1950 =
        Membership.builder().party("un").joined(TimePoint.parse("[..1950]")).build();
    Party ended =
        Party.builder()
            .id("x")
            .kind(PartyKind.FORUM)
            .name("X")
            .ended(TimePoint.parse("[1990..]"))
            .build();

    assertThat(joinedBefore1950.isMemberOn(LocalDate.of(1946, 1, 1))).isTrue();
    assertThat(ended.existedOn(LocalDate.of(2005, 1, 1))).isTrue();
  }

  @Test
  void theTimelinePlacesBoundsOnEveryDayTheyMayBeAndQualifiedDatesOnTheirDays() {
    Dossier dossier =
        Records.twoStates()
            .add(Records.visit("visit-before-1991", "putin", "us").when(span("[..1991]")).build())
            .add(Records.visit("visit-around-1990", "biden", "ru").when(span("1990~")).build())
            .add(Records.talks("talks-after-2022", "ru", "us").when(span("[2022-01..]")).build())
            .build();

    assertThat(dossier.timeline(LocalDate.of(1960, 1, 1), LocalDate.of(1960, 12, 31)))
        .extracting(e -> e.record().id())
        .containsExactly("visit-before-1991");
    assertThat(dossier.timeline(LocalDate.of(1990, 6, 1), LocalDate.of(1990, 6, 1)))
        .extracting(e -> e.record().id())
        .containsExactly("visit-around-1990", "visit-before-1991");
    assertThat(dossier.timeline(LocalDate.of(1992, 1, 1), LocalDate.of(2021, 12, 31))).isEmpty();
    assertThat(dossier.timeline())
        .extracting(e -> e.record().id())
        .as("each at its stated date: 1990, then on or before 1991, then on or after January 2022")
        .containsExactly("visit-around-1990", "visit-before-1991", "talks-after-2022");
    assertThat(dossier.upcomingTalks(LocalDate.of(2030, 5, 1), UTC))
        .extracting(Talks::id)
        .as("talks on or after January 2022 may still be to come in 2030")
        .containsExactly("talks-after-2022");
  }

  private static Span span(String start) {
    return Span.of(TimePoint.parse(start));
  }
}
