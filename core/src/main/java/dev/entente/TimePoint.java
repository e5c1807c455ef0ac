package dev.entente;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A point in time as a source gives it: a year, a month, a day, or an exact moment with its UTC
 * offset.
 *
 * <p>The text form is ISO 8601 and its shape gives the precision: {@code 2021}, {@code 2021-12},
 * {@code 2021-12-07}, {@code 2021-12-30T15:35-05:00}. {@link #parse(CharSequence)} reads what
 * {@link #toString()} writes. Years run from 1 to 9999.
 *
 * <pre>{@code
 * TimePoint call = TimePoint.parse("2021-12-30T15:35-05:00");
 * call.dateIn(ZoneId.of("Europe/Moscow")); // Optional[2021-12-30]
 * }</pre>
 *
 * <h2>Ordering</h2>
 *
 * <p>Points of mixed precision sort in one deterministic order, consistent with {@link #equals}:
 *
 * <ol>
 *   <li>by the instant the point starts at: a moment at its own instant; a year, month or day at
 *       the start of its first day in UTC;
 *   <li>then coarser before finer: a year before a month before a day before a moment starting at
 *       the same instant, so that a period comes before what happens within it;
 *   <li>then, for two moments at the same instant, by their local date and time ({@link
 *       OffsetDateTime#compareTo}).
 * </ol>
 */
public final class TimePoint implements Comparable<TimePoint> {
  /** How precisely a {@link TimePoint} is known, from coarsest to finest. */
  public enum Precision {
    /** A calendar year, such as {@code 2021}. */
    YEAR,
    /** A month of a year, such as {@code 2021-12}. */
    MONTH,
    /** A calendar day as the source states it, such as {@code 2021-12-07}; no UTC offset. */
    DAY,
    /** An exact moment with its UTC offset, such as {@code 2021-12-30T15:35-05:00}. */
    MOMENT
  }

  private static final long SECONDS_PER_DAY = 86_400;
  private static final int MIN_YEAR = 1;
  static final int MAX_YEAR = 9999;
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private final Precision precision;
  private final LocalDate firstDay;
  private final @Nullable OffsetDateTime moment;

  /** The instant the point starts at, as the ordering defines it, kept for fast comparisons. */
  private final long startSecond;

  private final int startNano;

  /** The ISO 8601 text, made once when first asked for. */
  private @Nullable String text;

  private TimePoint(Precision precision, LocalDate firstDay, @Nullable OffsetDateTime moment) {
    this.precision = precision;
    this.firstDay = firstDay;
    this.moment = moment;
    this.startSecond =
        moment != null ? moment.toEpochSecond() : firstDay.toEpochDay() * SECONDS_PER_DAY;
    this.startNano = moment != null ? moment.getNano() : 0;
  }

  /**
   * Returns a whole calendar year.
   *
   * @param year the year, from 1 to 9999
   * @return the year as a time point
   * @throws DateTimeException if the year is out of range
   */
  public static TimePoint ofYear(int year) {
    checkYear(year);
    return new TimePoint(Precision.YEAR, LocalDate.of(year, 1, 1), null);
  }

  /**
   * Returns a month of a year.
   *
   * @param month the month, in a year from 1 to 9999
   * @return the month as a time point
   * @throws DateTimeException if the year is out of range
   */
  public static TimePoint ofMonth(YearMonth month) {
    checkYear(month.getYear());
    return new TimePoint(Precision.MONTH, month.atDay(1), null);
  }

  /**
   * Returns a calendar day as a source states it, without a UTC offset.
   *
   * @param day the day, in a year from 1 to 9999
   * @return the day as a time point
   * @throws DateTimeException if the year is out of range
   */
  public static TimePoint ofDay(LocalDate day) {
    checkYear(day.getYear());
    return new TimePoint(Precision.DAY, day, null);
  }

  /**
   * Returns an exact moment with its UTC offset.
   *
   * @param moment the moment, in a year from 1 to 9999 at its own offset
   * @return the moment as a time point
   * @throws DateTimeException if the year is out of range
   */
  public static TimePoint ofMoment(OffsetDateTime moment) {
    checkYear(moment.getYear());
    return new TimePoint(Precision.MOMENT, moment.toLocalDate(), moment);
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new DateTimeException(
          "year " + year + " is out of range: a time point lies between year 1 and year 9999");
    }
  }

  /**
   * Reads a time point from its ISO 8601 text: {@code 2021}, {@code 2021-12}, {@code 2021-12-07} or
   * {@code 2021-12-30T15:35-05:00} (seconds and fractions are allowed; the offset is required).
   *
   * @param text the text to read
   * @return the time point, with the precision the text's shape gives
   * @throws DateTimeParseException if the text is none of these forms or not a valid date
   */
  public static TimePoint parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    TimePoint canonical = CanonicalTimes.parse(s);
    return canonical != null ? canonical : parseAnyForm(s);
  }

  /**
   * The general path of {@link #parse}, for every form it reads and with its messages; {@link
   * CanonicalTimes} reads the forms this class writes faster, and is held to this path by a
   * differential test and to its gain by a benchmark ({@code TimeParsingBenchmark}).
   */
  static TimePoint parseAnyForm(String s) {
    try {
      if (YEAR.matcher(s).matches()) {
        return ofYear(Integer.parseInt(s));
      }
      if (MONTH.matcher(s).matches()) {
        return ofMonth(YearMonth.parse(s));
      }
      if (DAY.matcher(s).matches()) {
        return ofDay(LocalDate.parse(s));
      }
    } catch (DateTimeParseException e) {
      throw new DateTimeParseException(
          "\"" + s + "\" is not a valid date or time: " + e.getMessage(), s, e.getErrorIndex(), e);
    } catch (DateTimeException e) {
      throw new DateTimeParseException(
          "\"" + s + "\" is not a valid time point: " + e.getMessage(), s, 0, e);
    }
    if (s.length() > 10 && s.charAt(10) == 'T') {
      return parseMoment(s);
    }
    throw new DateTimeParseException(
        "\""
            + s
            + "\" is not a time point: expected a year (2021), a month (2021-12), a day"
            + " (2021-12-07) or a moment with its UTC offset (2021-12-30T15:35-05:00)",
        s,
        0);
  }

  private static TimePoint parseMoment(String s) {
    OffsetDateTime moment;
    try {
      moment = OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      if (isLocalDateTime(s)) {
        throw new DateTimeParseException(
            "\""
                + s
                + "\" has no UTC offset: a moment needs one, such as \""
                + s
                + "Z\" or \""
                + s
                + "-05:00\"",
            s,
            s.length());
      }
      throw new DateTimeParseException(
          "\"" + s + "\" is not a valid moment: " + e.getMessage(), s, e.getErrorIndex(), e);
    }
    try {
      return ofMoment(moment);
    } catch (DateTimeException e) {
      throw new DateTimeParseException(
          "\"" + s + "\" is not a valid time point: " + e.getMessage(), s, 0, e);
    }
  }

  private static boolean isLocalDateTime(String s) {
    try {
      LocalDateTime.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /**
   * Returns how precisely this point is known.
   *
   * @return the precision
   */
  public Precision precision() {
    return precision;
  }

  /**
   * Tells whether this point is an exact moment with a UTC offset.
   *
   * @return whether the precision is {@link Precision#MOMENT}
   */
  public boolean isMoment() {
    return moment != null;
  }

  /**
   * Returns the exact moment, for a point of precision {@link Precision#MOMENT}.
   *
   * @return the moment with its offset, or empty for a year, month or day
   */
  public Optional<OffsetDateTime> moment() {
    return Optional.ofNullable(moment);
  }

  /**
   * Returns the first calendar day this point covers: the first of the year or month, the day
   * itself, or the date of a moment at its own offset.
   *
   * @return the first day
   */
  public LocalDate firstDay() {
    return firstDay;
  }

  /**
   * Returns the last calendar day this point covers: the last of the year or month, the day itself,
   * or the date of a moment at its own offset.
   *
   * @return the last day
   */
  public LocalDate lastDay() {
    return switch (precision) {
      case YEAR -> firstDay.withDayOfYear(firstDay.lengthOfYear());
      case MONTH -> firstDay.withDayOfMonth(firstDay.lengthOfMonth());
      case DAY, MOMENT -> firstDay;
    };
  }

  /**
   * Returns the local date of this point in a time zone.
   *
   * <p>A moment is converted: {@code 2021-12-30T23:35-05:00} falls on 2021-12-30 in {@code
   * America/New_York} and on 2021-12-31 in {@code Europe/Moscow}. A day has no offset to convert
   * from, so it is returned as the source states it, whatever the zone. A year or a month has no
   * single date.
   *
   * @param zone the time zone
   * @return the local date, or empty for a year or a month
   */
  public Optional<LocalDate> dateIn(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    if (moment != null) {
      return Optional.of(moment.atZoneSameInstant(zone).toLocalDate());
    }
    return precision == Precision.DAY ? Optional.of(firstDay) : Optional.empty();
  }

  /**
   * The first local day this point covers in a zone: a moment's date there, or, for a year, a month
   * or a day, which have no offset to convert from, its first day as the source states it. Without
   * a zone, a moment's date at its own offset.
   */
  LocalDate firstDayIn(@Nullable ZoneId zone) {
    return moment != null && zone != null ? moment.atZoneSameInstant(zone).toLocalDate() : firstDay;
  }

  /** The last local day this point covers in a zone, as {@link #firstDayIn(ZoneId)} takes it. */
  LocalDate lastDayIn(@Nullable ZoneId zone) {
    return moment != null && zone != null ? firstDayIn(zone) : lastDay();
  }

  /** The instant this point starts at, as the ordering defines it. */
  Instant startInstant() {
    return Instant.ofEpochSecond(startSecond, startNano);
  }

  /**
   * Tells whether this point lies wholly before another one. Two points without an offset compare
   * as calendar days; a point without an offset is otherwise widened by the extreme UTC offsets
   * (plus and minus 18 hours), since its offset is unknown.
   */
  boolean isWhollyBefore(TimePoint other) {
    if (moment == null && other.moment == null) {
      return lastDay().isBefore(other.firstDay);
    }
    return TimeWindow.of(this, true).latest().isBefore(TimeWindow.of(other, true).earliest());
  }

  @Override
  public int compareTo(TimePoint other) {
    int order = Long.compare(startSecond, other.startSecond);
    if (order == 0) {
      order = Integer.compare(startNano, other.startNano);
    }
    if (order == 0) {
      order = precision.compareTo(other.precision);
    }
    if (order == 0 && moment != null && other.moment != null) {
      order = moment.compareTo(other.moment);
    }
    return order;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TimePoint that
        && precision == that.precision
        && firstDay.equals(that.firstDay)
        && Objects.equals(moment, that.moment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(precision, firstDay, moment);
  }

  /** Returns the ISO 8601 text of this point, which {@link #parse(CharSequence)} reads back. */
  @Override
  public String toString() {
    String known = text;
    if (known == null) {
      known = format();
      text = known;
    }
    return known;
  }

  private String format() {
    return switch (precision) {
      case YEAR -> String.format("%04d", firstDay.getYear());
      case MONTH -> YearMonth.from(firstDay).toString();
      case DAY -> firstDay.toString();
      case MOMENT -> Objects.requireNonNull(moment, "a moment's moment").toString();
    };
  }
}
