package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast reader of canonical time texts: it must read every canonical text to exactly what {@code
 * java.time} reads, and leave everything else (null) to the general path of {@link
 * TimePoint#parse}, which gives the messages.
 */
class CanonicalTimesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0001",
        "2021",
        "9999",
        "2021-01",
        "2021-12",
        "2021-12-07",
        "2020-02-29",
        "0001-01-01",
        "9999-12-31",
        "2021-12-30T15:35Z",
        "2021-12-30T15:35-05:00",
        "2021-12-30T15:35+03:00",
        "2021-12-30T00:00+14:00",
        "2021-12-30T23:59-18:00",
        "2021-12-30T15:35:10Z",
        "2021-12-30T15:35:10.5Z",
        "2021-12-30T15:35:10.05+05:30",
        "2021-12-30T15:35:10.123456789-00:30",
        "2021-12-30T15:35:59.000000001Z",
        "2021-12-30T15:35:00.1+00:00",
        "2021-12-30T15:35:19.999999999+09:59",
        "9999-12-31T23:59:59.9-18:00",
        "2021-12-30T15:35+18:00",
        "2021-12-30T15:35+05:45",
        "2021-12-30T15:35-09:30",
        "2021-12-30T15:35+00:15"
      })
  void readsACanonicalTextAsJavaTimeDoes(String text) {
    assertThat(CanonicalTimes.parse(text)).as(text).isNotNull().isEqualTo(javaTime(text));
  }

  @Test
  void readsTenThousandGeneratedTextsAsJavaTimeDoes() {
    Random random = new Random(2021);
    for (int i = 0; i < 10_000; i++) {
      String text = randomCanonicalText(random);
      TimePoint expected = javaTime(text);

      TimePoint read = CanonicalTimes.parse(text);

      assertThat(read).as(text).isEqualTo(expected).isEqualTo(TimePoint.parseAnyForm(text));
      assertThat(read.precision()).as(text).isEqualTo(expected.precision());
      read.moment()
          .ifPresent(
              moment ->
                  assertThat(moment.getOffset())
                      .as(text)
                      .isEqualTo(expected.moment().orElseThrow().getOffset()));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "202",
        "x021",
        "20x1",
        "20/1",
        "2021-1/",
        "2021-12-0/",
        "2021-12-30T1/:35Z",
        "2021-12-30T15:3/Z",
        "+2021",
        "0000",
        "2021-",
        "2021-1",
        "2021-1x",
        "2021/12",
        "2021-00",
        "2021-13",
        "2021-12-",
        "2021-12-7",
        "2021-12-0x",
        "2021-12/07",
        "2021-02-30",
        "2021-12-32",
        "2021-12-07T",
        "2021-12-07x15:35Z",
        "2021-12-30t15:35Z",
        "2021-12-30T15:35",
        "2021-12-30T1:35Z",
        "2021-12-30T15-35Z",
        "2021-12-30T15:3Z",
        "2021-12-30T15:35:Z",
        "2021-12-30T15:35:1Z",
        "2021-12-30T15:35:1xZ",
        "2021-12-30T15:35:10.Z",
        "2021-12-30T15:35:10.1234567891Z",
        "2021-12-30T15:35:10.0123456789Z",
        "2021-12-30T15:35:10.5",
        "2021-12-30T15:35:1",
        "2021-12-30T15:3",
        "2021-12-30T15:35:10,5Z",
        "2021-12-30T15:35+05",
        "2021-12-30T15:35+0500",
        "2021-12-30T15:35*05:00",
        "2021-12-30T15:35+05-00",
        "2021-12-30T15:35+0x:00",
        "2021-12-30T15:35+05:x0",
        "2021-12-30T15:35+05:00Z",
        "2021-12-30T15:35ZZ",
        "2021-12-30T15:35z",
        "2021-12-30T24:00Z",
        "2021-12-30T15:60Z",
        "2021-12-30T15:35:60Z",
        "2021-12-30T15:35+19:00",
        "2021-12-30T15:35+05:60",
        "2021-12-30T15:35-18:01",
        "2021-12-30T15:35+18:15",
        "2021-12-30T15:35-18:45",
        "2021-12-30T15:35+99:00",
        "2021-12-07 "
      })
  void leavesAnyOtherTextToTheGeneralPath(String text) {
    assertThat(CanonicalTimes.parse(text)).as(text).isNull();
  }

  /** The same text read by java.time's own parsers. */
  private static TimePoint javaTime(String text) {
    return switch (text.length()) {
      case 4 -> TimePoint.ofYear(Integer.parseInt(text));
      case 7 -> TimePoint.ofMonth(YearMonth.parse(text));
      case 10 -> TimePoint.ofDay(LocalDate.parse(text));
      default -> TimePoint.ofMoment(OffsetDateTime.parse(text));
    };
  }

  private static String randomCanonicalText(Random random) {
    LocalDate day = LocalDate.of(1 + random.nextInt(9999), 1, 1).plusDays(random.nextInt(365));
    return switch (random.nextInt(4)) {
      case 0 -> String.format("%04d", day.getYear());
      case 1 -> String.format("%04d-%02d", day.getYear(), day.getMonthValue());
      case 2 -> day.toString();
      default -> randomMoment(random, day);
    };
  }

  private static String randomMoment(Random random, LocalDate day) {
    StringBuilder text =
        new StringBuilder(day.toString())
            .append(String.format("T%02d:%02d", random.nextInt(24), random.nextInt(60)));
    if (random.nextBoolean()) {
      text.append(String.format(":%02d", random.nextInt(60)));
      if (random.nextBoolean()) {
        int digits = 1 + random.nextInt(9);
        text.append('.')
            .append(String.format("%0" + digits + "d", random.nextInt((int) Math.pow(10, digits))));
      }
    }
    int offsetMinutes = random.nextInt(2 * 18 * 4 + 1) * 15 - 18 * 60;
    return text.append(ZoneOffset.ofTotalSeconds(offsetMinutes * 60).getId()).toString();
  }
}
