package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SpanTest {
  private static final ZoneId WASHINGTON = ZoneId.of("America/New_York");
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final TimePoint CALL_START = TimePoint.parse("2021-12-30T15:35-05:00");
  private static final TimePoint CALL_END = TimePoint.parse("2021-12-30T16:25-05:00");

  @Test
  void theDecember30CallLastsFiftyMinutes() {
    Span call = Span.of(CALL_START, CALL_END, Duration.ofMinutes(50));

    assertThat(call.length()).contains(Duration.ofMinutes(50));
    assertThat(Span.of(CALL_START, CALL_END).length()).contains(Duration.ofMinutes(50));
    assertThat(Span.of(CALL_START, CALL_END).duration()).isEmpty();
  }

  @Test
  void theDecember30CallFallsOnDecember30InWashingtonAndOnDecember31InMoscow() {
    Span call = Span.of(CALL_START, CALL_END, Duration.ofMinutes(50));
    LocalDate december30 = LocalDate.of(2021, 12, 30);
    LocalDate december31 = LocalDate.of(2021, 12, 31);

    assertThat(call.fallsOn(december30, WASHINGTON)).isTrue();
    assertThat(call.fallsOn(december31, WASHINGTON)).isFalse();
    assertThat(call.fallsOn(december31, MOSCOW)).isTrue();
    // It began at 23:35 on the 30th in Moscow: "last night", concluded "this morning".
    assertThat(call.fallsOn(december30, MOSCOW)).isTrue();
    assertThat(call.fallsOn(LocalDate.of(2022, 1, 1), MOSCOW)).isFalse();
  }

  @Test
  void aStartAndADurationReachTheEndDayInEachZone() {
    Span call = Span.of(CALL_START, Duration.ofMinutes(50));

    assertThat(call.fallsOn(LocalDate.of(2021, 12, 31), MOSCOW)).isTrue();
    assertThat(call.fallsOn(LocalDate.of(2021, 12, 31), WASHINGTON)).isFalse();
    assertThat(call.lastDay()).isEqualTo(LocalDate.of(2021, 12, 30));
  }

  @Test
  void daysAreTakenAsStatedAndMonthsFallOnNoDayForCertain() {
    Span videoCall = Span.of(TimePoint.parse("2021-12-07"), Duration.ofHours(2));

    assertThat(videoCall.fallsOn(LocalDate.of(2021, 12, 7), MOSCOW)).isTrue();
    assertThat(videoCall.fallsOn(LocalDate.of(2021, 12, 8), MOSCOW)).isFalse();
    assertThat(videoCall.length()).contains(Duration.ofHours(2));
    assertThat(Span.of(TimePoint.parse("2021-12")).fallsOn(LocalDate.of(2021, 12, 7), MOSCOW))
        .isFalse();
  }

  @Test
  void refusesAnEndBeforeTheStart() {
    assertThatThrownBy(() -> Span.of(CALL_END, CALL_START))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end 2021-12-30T15:35-05:00 is before start 2021-12-30T16:25-05:00");
    assertThatThrownBy(() -> Span.of(TimePoint.parse("2022-01-10"), TimePoint.parse("2022-01-09")))
        .hasMessage("end 2022-01-09 is before start 2022-01-10");
  }

  @Test
  void acceptsAnEndThatMayOverlapTheStartAtCoarserPrecision() {
    assertThat(Span.of(TimePoint.parse("2022-01-10"), TimePoint.parse("2022-01")).end())
        .contains(TimePoint.parse("2022-01"));
    // A day in Moscow may end before a moment in Washington's evening of the day before, in UTC.
    assertThat(
            Span.of(TimePoint.parse("2021-12-31T00:10+03:00"), TimePoint.parse("2021-12-30"))
                .start())
        .isEqualTo(TimePoint.parse("2021-12-31T00:10+03:00"));
  }

  @Test
  void refusesADurationThatContradictsTwoMoments() {
    assertThatThrownBy(() -> Span.of(CALL_START, CALL_END, Duration.ofMinutes(60)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "duration PT1H contradicts start 2021-12-30T15:35-05:00 and end 2021-12-30T16:25-05:00,"
                + " which are PT50M apart");
  }

  @Test
  void refusesADurationLongerThanTwoDaysAllow() {
    assertThatThrownBy(
            () ->
                Span.of(
                    TimePoint.parse("2022-01-10"),
                    TimePoint.parse("2022-01-11"),
                    Duration.ofHours(49)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "duration PT49H contradicts start 2022-01-10 and end 2022-01-11, which allow at most PT48H");
    assertThat(
            Span.of(
                    TimePoint.parse("2022-01-10"),
                    TimePoint.parse("2022-01-11"),
                    Duration.ofDays(2))
                .duration())
        .contains(Duration.ofDays(2));
  }

  @Test
  void refusesADurationShorterThanTwoDaysApartAllow() {
    assertThatThrownBy(
            () ->
                Span.of(
                    TimePoint.parse("2022-01-10"),
                    TimePoint.parse("2022-01-13"),
                    Duration.ofHours(1)))
        .hasMessage(
            "duration PT1H contradicts start 2022-01-10 and end 2022-01-13, which allow at most PT96H"
                + " and at least PT48H");
  }

  @Test
  void widensADayByTheExtremeOffsetsAgainstAMoment() {
    TimePoint day = TimePoint.parse("2021-12-30");
    // The day may start as early as 06:00 UTC on the 29th (at +18:00): up to 14h35 + 24h + 18h.
    assertThat(Span.of(day, CALL_START, Duration.ofHours(38)).length())
        .contains(Duration.ofHours(38));
    assertThatThrownBy(() -> Span.of(day, CALL_START, Duration.ofHours(39)))
        .hasMessageStartingWith(
            "duration PT39H contradicts start 2021-12-30 and end 2021-12-30T15:35-05:00");
  }

  @Test
  void refusesANegativeDuration() {
    assertThatThrownBy(() -> Span.of(CALL_START, Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration PT-1M must not be negative");
  }

  @Test
  void hasNoLengthWhenNeitherStatedNorGivenByTwoMoments() {
    assertThat(Span.of(TimePoint.parse("2022-01-10")).length()).isEmpty();
    assertThat(Span.of(TimePoint.parse("2022-01-10"), TimePoint.parse("2022-01-12")).length())
        .isEmpty();
    assertThat(Span.of(TimePoint.parse("2022-01-10"), TimePoint.parse("2022-01-12")).lastDay())
        .isEqualTo(LocalDate.of(2022, 1, 12));
  }

  @Test
  void isAValue() {
    Span one = Span.of(CALL_START, CALL_END, Duration.ofMinutes(50));
    Span same =
        Span.of(
            TimePoint.parse("2021-12-30T15:35-05:00"),
            TimePoint.parse("2021-12-30T16:25-05:00"),
            Duration.ofMinutes(50));

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(one).isNotEqualTo(Span.of(CALL_START, CALL_END));
    assertThat(one).hasToString("2021-12-30T15:35-05:00/2021-12-30T16:25-05:00 (PT50M)");
    assertThat(Span.of(TimePoint.parse("2021-12-07"), Duration.ofHours(2)))
        .hasToString("2021-12-07 (PT2H)");
  }

  @Test
  void mayIncludeAPointOfAnyPrecision() {
    Span call = Span.of(CALL_START, CALL_END);

    assertThat(call.mayInclude(TimePoint.parse("2021-12-30"))).isTrue();
    assertThat(call.mayInclude(TimePoint.parse("2021-12-31"))).isTrue();
    assertThat(call.mayInclude(TimePoint.parse("2021-12-28"))).isFalse();
    assertThat(call.mayInclude(TimePoint.parse("2021-12-30T16:00-05:00"))).isTrue();
    assertThat(call.mayInclude(TimePoint.parse("2021-12-30T17:00-05:00"))).isFalse();
    Span videoCall = Span.of(TimePoint.parse("2021-12-07"), Duration.ofHours(2));
    assertThat(videoCall.mayInclude(TimePoint.parse("2021-12-07"))).isTrue();
    assertThat(videoCall.mayInclude(TimePoint.parse("2021-12-08"))).isFalse();
    assertThat(videoCall.mayInclude(TimePoint.parse("2021-12"))).isTrue();
  }
}
