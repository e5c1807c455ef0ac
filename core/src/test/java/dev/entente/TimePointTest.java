package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimePointTest {
  private static final ZoneId WASHINGTON = ZoneId.of("America/New_York");
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  @ParameterizedTest
  @CsvSource({
    "2021, YEAR",
    "2021-12, MONTH",
    "2021-12-07, DAY",
    "2021-12-30T15:35-05:00, MOMENT",
    "2021-12-30T20:35Z, MOMENT",
    "2021-12-30T15:35:10.500+03:00, MOMENT",
    "0001, YEAR",
    "9999-12-31, DAY"
  })
  void parsesEachPrecisionAndWritesTheSameText(String text, TimePoint.Precision precision) {
    TimePoint point = TimePoint.parse(text);

    assertThat(point.precision()).isEqualTo(precision);
    assertThat(point).hasToString(text);
    assertThat(TimePoint.parse(point.toString())).isEqualTo(point);
  }

  @Test
  void writesMomentsInTheirCanonicalForm() {
    assertThat(TimePoint.parse("2021-12-30T15:35:00-05:00")).hasToString("2021-12-30T15:35-05:00");
    assertThat(TimePoint.parse("2021-12-30T20:35+00:00")).hasToString("2021-12-30T20:35Z");
    assertThat(TimePoint.parse("2021-12-30T15:35:10.5+03:00"))
        .hasToString("2021-12-30T15:35:10.500+03:00");
  }

  @Test
  void factoriesMatchParsing() {
    assertThat(TimePoint.ofYear(2021)).isEqualTo(TimePoint.parse("2021"));
    assertThat(TimePoint.ofMonth(YearMonth.of(2021, 12))).isEqualTo(TimePoint.parse("2021-12"));
    assertThat(TimePoint.ofDay(LocalDate.of(2021, 12, 7))).isEqualTo(TimePoint.parse("2021-12-07"));
    assertThat(
            TimePoint.ofMoment(
                OffsetDateTime.of(2021, 12, 30, 15, 35, 0, 0, ZoneOffset.ofHours(-5))))
        .isEqualTo(TimePoint.parse("2021-12-30T15:35-05:00"));
  }

  @Test
  void refusesAMomentWithoutOffsetAndSaysHowToFixIt() {
    assertThatThrownBy(() -> TimePoint.parse("2021-12-30T15:35"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage(
            "\"2021-12-30T15:35\" has no UTC offset: a moment needs one, such as"
                + " \"2021-12-30T15:35Z\" or \"2021-12-30T15:35-05:00\"");
  }

  @Test
  void refusesAnImpossibleMoment() {
    assertThatThrownBy(() -> TimePoint.parse("2021-12-30T25:00Z"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageStartingWith("\"2021-12-30T25:00Z\" is not a valid moment: ");
    assertThatThrownBy(() -> TimePoint.parse("0000-12-30T10:00Z"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageStartingWith(
            "\"0000-12-30T10:00Z\" is not a valid time point: year 0 is out of range");
  }

  @Test
  void refusesAnImpossibleDate() {
    assertThatThrownBy(() -> TimePoint.parse("2021-02-30"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageStartingWith("\"2021-02-30\" is not a valid date or time: ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "21", "2021-1", "2021/12/07", "December 7", "2021-12-07T", " 2021"})
  void refusesTextOfNoKnownShape(String text) {
    assertThatThrownBy(() -> TimePoint.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("\"" + text + "\" is not");
  }

  @Test
  void refusesYearsOutsideOneToNineThousandNineHundredNinetyNine() {
    assertThatThrownBy(() -> TimePoint.ofYear(0))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("year 0 is out of range: a time point lies between year 1 and year 9999");
    assertThatThrownBy(() -> TimePoint.parse("0000")).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> TimePoint.ofDay(LocalDate.of(10000, 1, 1)))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void coversItsDays() {
    assertThat(TimePoint.parse("2020").lastDay()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(TimePoint.parse("2021-02").firstDay()).isEqualTo(LocalDate.of(2021, 2, 1));
    assertThat(TimePoint.parse("2021-02").lastDay()).isEqualTo(LocalDate.of(2021, 2, 28));
    assertThat(TimePoint.parse("2021-12-07").lastDay()).isEqualTo(LocalDate.of(2021, 12, 7));
    assertThat(TimePoint.parse("2021-12-30T23:35-05:00").firstDay())
        .isEqualTo(LocalDate.of(2021, 12, 30));
  }

  @Test
  void givesTheLocalDateOfAMomentInAnyZone() {
    TimePoint start = TimePoint.parse("2021-12-30T15:35-05:00");
    TimePoint end = TimePoint.parse("2021-12-30T16:25-05:00");

    assertThat(start.dateIn(WASHINGTON)).contains(LocalDate.of(2021, 12, 30));
    assertThat(start.dateIn(MOSCOW)).contains(LocalDate.of(2021, 12, 30));
    assertThat(end.dateIn(WASHINGTON)).contains(LocalDate.of(2021, 12, 30));
    assertThat(end.dateIn(MOSCOW)).contains(LocalDate.of(2021, 12, 31));
  }

  @Test
  void givesADayAsStatedAndNoDateForAMonthOrAYear() {
    assertThat(TimePoint.parse("2021-12-31").dateIn(WASHINGTON))
        .contains(LocalDate.of(2021, 12, 31));
    assertThat(TimePoint.parse("2021-12").dateIn(MOSCOW)).isEmpty();
    assertThat(TimePoint.parse("2021").dateIn(MOSCOW)).isEmpty();
    assertThat(TimePoint.parse("2021").moment()).isEmpty();
    assertThat(TimePoint.parse("2021").isMoment()).isFalse();
  }

  @Test
  void ordersMixedPrecisionByStartThenCoarserFirst() {
    List<TimePoint> expected =
        List.of(
            TimePoint.parse("2021"),
            TimePoint.parse("2021-12"),
            TimePoint.parse("2021-12-07"),
            TimePoint.parse("2021-12-15"),
            TimePoint.parse("2021-12-30"),
            // 15:35 at -05:00 is 20:35 UTC, after the start of the 30th in UTC ...
            TimePoint.parse("2021-12-30T15:35-05:00"),
            // ... and the 31st starts at midnight UTC, after the call.
            TimePoint.parse("2021-12-31"),
            TimePoint.parse("2022"),
            TimePoint.parse("2022-01"),
            TimePoint.parse("2022-01-01"),
            TimePoint.parse("2022-01-01T00:00Z"));
    List<TimePoint> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new Random(42));

    Collections.sort(shuffled);

    assertThat(shuffled).containsExactlyElementsOf(expected);
  }

  @Test
  void ordersTheSameInstantAtDifferentOffsetsByLocalTimeAndKeepsThemApart() {
    TimePoint utc = TimePoint.parse("2021-12-30T20:35Z");
    TimePoint washington = TimePoint.parse("2021-12-30T15:35-05:00");

    assertThat(washington).isNotEqualTo(utc);
    assertThat(washington.compareTo(utc)).isNegative();
    assertThat(utc.compareTo(washington)).isPositive();
    assertThat(utc.compareTo(TimePoint.parse("2021-12-30T20:35Z"))).isZero();
  }

  @Test
  void equalPointsHaveEqualHashCodes() {
    assertThat(TimePoint.parse("2021-12"))
        .isEqualTo(TimePoint.parse("2021-12"))
        .hasSameHashCodeAs(TimePoint.parse("2021-12"));
    assertThat(TimePoint.parse("2021-12")).isNotEqualTo(TimePoint.parse("2021-12-01"));
    assertThat(TimePoint.parse("2021")).isNotEqualTo(TimePoint.parse("2021-01"));
  }
}
