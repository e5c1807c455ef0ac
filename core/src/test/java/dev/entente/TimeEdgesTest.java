package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** Time points and spans at the edges of their rules, where one comparison decides. */
class TimeEdgesTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final TimePoint DEC_30 = TimePoint.parse("2021-12-30");
  private static final TimePoint DEC_31 = TimePoint.parse("2021-12-31");

  private static TimePoint at(String text) {
    return TimePoint.parse(text);
  }

  @Test
  void explainsAYearMonthOrDayThatDoesNotExist() {
    assertThatThrownBy(() -> at("0000"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("year 0 is out of range");
    assertThatThrownBy(() -> at("2021-13"))
        .hasMessageStartingWith("\"2021-13\" is not a valid date or time");
    assertThatThrownBy(() -> at("2021-02-30"))
        .hasMessageStartingWith("\"2021-02-30\" is not a valid date or time");
    assertThatThrownBy(() -> TimePoint.ofMonth(YearMonth.of(0, 1)))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void readsMomentsInOtherIso8601FormsThroughTheGeneralPath() {
    assertThat(at("2021-12-30T15:35+05:00:00")).isEqualTo(at("2021-12-30T15:35+05:00"));
  }

  @Test
  void ordersMomentsByTheirFractionOfASecondAndThenByTheirLocalTime() {
    assertThat(at("2021-12-30T15:35:10.1Z")).isLessThan(at("2021-12-30T15:35:10.2Z"));
    assertThat(at("2021-12-30T15:35:10.9Z")).isLessThan(at("2021-12-30T15:35:11.1Z"));
    assertThat(at("2021-12-30T15:35Z")).isLessThan(at("2021-12-30T16:35+01:00"));
    assertThat(at("2021-12-30T15:35Z")).isNotEqualTo(at("2021-12-30T16:35+01:00"));
  }

  @Test
  void daysCompareAsDaysButAgainstAMomentAreWidened() {
    assertThat(DEC_30.isWhollyBefore(DEC_31)).isTrue();
    assertThat(DEC_30.isWhollyBefore(DEC_30)).isFalse();
    assertThat(DEC_30.isWhollyBefore(at("2021-12-31T05:00Z"))).isFalse();
    assertThat(DEC_30.isWhollyBefore(at("2022-01-01T12:00Z"))).isTrue();
    assertThat(at("2021-12-30T23:00Z").isWhollyBefore(DEC_31)).isFalse();
    assertThat(at("2021-12-30T05:00Z").isWhollyBefore(DEC_31)).isTrue();
  }

  @Test
  void explainsTextThatIsNoTimePoint() {
    assertThatThrownBy(() -> at("hello"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("is not a time point");
    assertThatThrownBy(() -> at("2021-12-30 15:35Z")).hasMessageContaining("is not a time point");
  }

  @Test
  void aSpanOfOneMomentHasNoLengthAndEndsOnItsDay() {
    Span moment = Span.of(at("2021-12-30T22:00Z"));

    assertThat(moment.length()).isEmpty();
    assertThat(moment.lastDay()).isEqualTo(LocalDate.of(2021, 12, 30));
    assertThat(moment.fallsOn(LocalDate.of(2021, 12, 31), MOSCOW)).isTrue();
    assertThat(moment.fallsOn(LocalDate.of(2022, 1, 1), MOSCOW)).isFalse();
  }

  @Test
  void aSpanHasALengthOnlyWhenStatedOrBetweenTwoMoments() {
    assertThat(Span.of(at("2021-12-30T15:35-05:00"), DEC_31).length()).isEmpty();
    assertThat(Span.of(DEC_30, at("2021-12-31T15:35-05:00")).length()).isEmpty();
  }

  @Test
  void aDurationMovesTheLastDayOfAMomentButNotOfADay() {
    assertThat(Span.of(at("2021-12-30T22:00Z"), Duration.ofHours(3)).lastDay())
        .isEqualTo(LocalDate.of(2021, 12, 31));
    assertThat(Span.of(DEC_30, Duration.ofHours(30)).lastDay())
        .isEqualTo(LocalDate.of(2021, 12, 30));
  }

  @Test
  void fallsOnTheDaysFromItsFirstToItsLastInAZone() {
    Span call = Span.of(at("2021-12-30T21:30Z"), Duration.ofHours(1));

    assertThat(call.fallsOn(LocalDate.of(2021, 12, 30), MOSCOW)).isFalse();
    assertThat(call.fallsOn(LocalDate.of(2021, 12, 31), MOSCOW)).isTrue();
    assertThat(call.fallsOn(LocalDate.of(2022, 1, 1), MOSCOW)).isFalse();
    assertThat(
            Span.of(at("2021-12-30T20:00Z"), at("2021-12-31T22:00Z"))
                .fallsOn(LocalDate.of(2022, 1, 1), MOSCOW))
        .isTrue();
    assertThat(Span.of(DEC_30).fallsOn(LocalDate.of(2021, 12, 31), MOSCOW)).isFalse();
  }

  @Test
  void mayIncludeWidensDaysOnlyAgainstMomentsAndStretchesByTheDuration() {
    assertThat(Span.of(DEC_30).mayInclude(DEC_31)).isFalse();
    assertThat(Span.of(DEC_30).mayInclude(at("2021-12-31T05:00Z"))).isTrue();
    assertThat(Span.of(at("2021-12-30T15:00Z")).mayInclude(at("2021-12-30T15:30Z"))).isFalse();
    assertThat(
            Span.of(at("2021-12-30T15:00Z"), Duration.ofHours(1))
                .mayInclude(at("2021-12-30T15:30Z")))
        .isTrue();
    assertThat(Span.of(DEC_30, DEC_31).mayInclude(DEC_31)).isTrue();
    assertThat(Span.of(DEC_30, DEC_31).mayInclude(TimePoint.parse("2022-01-01"))).isFalse();
    assertThat(Span.of(at("2021-12-30T15:00Z")).mayInclude(DEC_31)).isTrue();
    assertThat(Span.of(DEC_30, at("2021-12-30T10:00Z")).mayInclude(DEC_31)).isTrue();
  }

  @Test
  void acceptsADurationAtEitherEndOfWhatTheDaysAllow() {
    TimePoint jan10 = at("2022-01-10");
    TimePoint jan13 = at("2022-01-13");

    assertThat(Span.of(jan10, jan13, Duration.ofDays(2)).duration()).contains(Duration.ofDays(2));
    assertThat(Span.of(jan10, jan13, Duration.ofDays(4)).duration()).contains(Duration.ofDays(4));
    assertThatThrownBy(() -> Span.of(jan10, jan13, Duration.ofHours(1)))
        .hasMessageEndingWith("allow at most PT96H and at least PT48H");
    assertThatThrownBy(() -> Span.of(jan10, jan10, Duration.ofHours(25)))
        .hasMessageEndingWith("allow at most PT24H");
  }

  @Test
  void aMomentAndADayAreComparedWithTheDayWidened() {
    Span evening = Span.of(at("2021-12-30T15:35-05:00"), DEC_31, Duration.ofHours(10));

    assertThat(evening.duration()).contains(Duration.ofHours(10));
  }
}
