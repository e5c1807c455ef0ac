package dev.entente;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Reads the forms {@link TimePoint#toString()} writes, without the general machinery of {@code
 * java.time.format}: {@code 2021}, {@code 2021-12}, {@code 2021-12-07}, {@code
 * 2021-12-30T15:35[:10[.5]](Z|-05:00)}. Anything else, or anything invalid, is left to {@link
 * TimePoint#parse}'s general path, which also gives the messages.
 */
final class CanonicalTimes {
  /** Offsets are at most 18 hours from UTC: 72 quarter hours either way. */
  private static final int QUARTER_HOURS_EACH_WAY = 72;

  /**
   * The offsets of whole quarter hours, -18:00 to +18:00, which are nearly all offsets in use:
   * looked up here, they cost no lookup in {@code java.time}'s shared map.
   */
  private static final ZoneOffset[] QUARTER_HOURS = new ZoneOffset[2 * QUARTER_HOURS_EACH_WAY + 1];

  static {
    for (int i = 0; i < QUARTER_HOURS.length; i++) {
      QUARTER_HOURS[i] = ZoneOffset.ofTotalSeconds((i - QUARTER_HOURS_EACH_WAY) * 15 * 60);
    }
  }

  private CanonicalTimes() {}

  /** The time point, or {@code null} when the text is not in a canonical form or not valid. */
  static @Nullable TimePoint parse(String s) {
    int length = s.length();
    if (!digits(s, 0, 4)) {
      return null;
    }
    int year = number(s, 0, 4);
    try {
      if (length == 4) {
        return TimePoint.ofYear(year);
      }
      if (!separator(s, 4, '-') || !digits(s, 5, 7)) {
        return null;
      }
      int month = number(s, 5, 7);
      if (length == 7) {
        return TimePoint.ofMonth(YearMonth.of(year, month));
      }
      if (!separator(s, 7, '-') || !digits(s, 8, 10)) {
        return null;
      }
      int day = number(s, 8, 10);
      if (length == 10) {
        return TimePoint.ofDay(LocalDate.of(year, month, day));
      }
      return moment(s, year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static @Nullable TimePoint moment(String s, int year, int month, int day) {
    int length = s.length();
    if (s.charAt(10) != 'T' || !digits(s, 11, 13) || !separator(s, 13, ':') || !digits(s, 14, 16)) {
      return null;
    }
    int hour = number(s, 11, 13);
    int minute = number(s, 14, 16);
    int second = 0;
    int nanos = 0;
    int at = 16;
    if (separator(s, at, ':')) {
      if (!digits(s, at + 1, at + 3)) {
        return null;
      }
      second = number(s, at + 1, at + 3);
      at += 3;
      if (separator(s, at, '.')) {
        int start = ++at;
        while (at < length && at - start < 9 && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
          at++;
        }
        if (at == start) {
          return null;
        }
        nanos = number(s, start, at);
        for (int i = at - start; i < 9; i++) {
          nanos *= 10;
        }
      }
    }
    ZoneOffset offset = offset(s, at);
    if (offset == null) {
      return null;
    }
    return TimePoint.ofMoment(
        OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset));
  }

  private static @Nullable ZoneOffset offset(String s, int at) {
    int length = s.length();
    if (length == at + 1 && s.charAt(at) == 'Z') {
      return ZoneOffset.UTC;
    }
    if (length != at + 6
        || !separator(s, at + 3, ':')
        || !digits(s, at + 1, at + 3)
        || !digits(s, at + 4, at + 6)) {
      return null;
    }
    char sign = s.charAt(at);
    if (sign != '+' && sign != '-') {
      return null;
    }
    int hours = number(s, at + 1, at + 3);
    int minutes = number(s, at + 4, at + 6);
    int quarters = hours * 4 + minutes / 15;
    if (minutes < 60 && minutes % 15 == 0 && quarters <= QUARTER_HOURS_EACH_WAY) {
      return QUARTER_HOURS[QUARTER_HOURS_EACH_WAY + (sign == '+' ? quarters : -quarters)];
    }
    return sign == '+'
        ? ZoneOffset.ofHoursMinutes(hours, minutes)
        : ZoneOffset.ofHoursMinutes(-hours, -minutes);
  }

  private static boolean separator(String s, int at, char separator) {
    return at < s.length() && s.charAt(at) == separator;
  }

  private static boolean digits(String s, int from, int to) {
    if (to > s.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }
}
