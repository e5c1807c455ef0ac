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
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A point in time as a source gives it: a year, a month, a day, or an exact moment with its UTC
 * offset; a date may be uncertain or approximate, and any point may be known only as a bound.
 *
 * <p>The text form is ISO 8601 and its shape gives the precision: {@code 2021}, {@code 2021-12},
 * {@code 2021-12-07}, {@code 2021-12-30T15:35-05:00}. Qualifiers and bounds are written as the
 * Extended Date/Time Format (EDTF, ISO 8601-2) writes them: a year, month or day may end in {@code
 * ?} (uncertain: "1943-03?", possibly March 1943), {@code ~} (approximate: "1990~", around 1990) or
 * {@code %} (both); a point known only as a bound is {@code [..1991]} (on or before 1991) or {@code
 * [1990..]} (on or after 1990), EDTF's notation for one date of an open range. A moment takes a
 * bound but no qualifier, as in EDTF: write an approximate day instead. {@link
 * #parse(CharSequence)} reads what {@link #toString()} writes. Years run from 1 to 9999.
 *
 * <pre>{@code
 * TimePoint call = TimePoint.parse("2021-12-30T15:35-05:00");
 * call.dateIn(ZoneId.of("Europe/Moscow")); // Optional[2021-12-30]
 * TimePoint.parse("1943-03").withQualifier(Qualifier.APPROXIMATE); // 1943-03~, early March 1943
 * TimePoint.parse("1991").withBound(Bound.ON_OR_BEFORE); // [..1991], before 1991
 * }</pre>
 *
 * <h2>Ordering</h2>
 *
 * <p>Points of mixed precision sort in one deterministic order, consistent with {@link #equals}. A
 * qualifier or a bound says how the source knows a point, not where it lies: a point is placed at
 * its date as stated.
 *
 * <ol>
 *   <li>by the instant the point starts at: a moment at its own instant; a year, month or day at
 *       the start of its first day in UTC;
 *   <li>then coarser before finer: a year before a month before a day before a moment starting at
 *       the same instant, so that a period comes before what happens within it;
 *   <li>then on or before the date, then the date itself, then on or after it;
 *   <li>then as stated, uncertain, approximate, uncertain and approximate;
 *   <li>then, for two moments at the same instant, by their local date and time ({@link
 *       OffsetDateTime#compareTo}).
 * </ol>
 *
 * <h2>In queries</h2>
 *
 * <p>A query that asks whether something <em>may</em> lie in a range of days (the timeline, talks
 * still to come) takes a bound as the open range it is: {@code [..1991]} may lie on any day up to
 * the end of 1991, and {@code [1990..]} on any day from 1990 on. An uncertain or approximate date
 * is taken at its stated days: EDTF gives the {@code ~} no width, and the model invents none. A
 * query that asks whether something lies on a day <em>for certain</em> ({@link Span#fallsOn}) takes
 * no qualified or bounded point as certain. The rules that compare points (an end not before its
 * start, a thread in order) refuse only what no reading of a bound allows.
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

  /** How sure a source is of a date, after EDTF's qualifiers. */
  public enum Qualifier {
    /** Possibly this date: the source is unsure of it, written {@code ?}. */
    UNCERTAIN('?'),
    /** About this date: the source gives it roughly, written {@code ~}. */
    APPROXIMATE('~'),
    /** Possibly about this date: both uncertain and approximate, written {@code %}. */
    UNCERTAIN_AND_APPROXIMATE('%');

    private final char symbol;

    Qualifier(char symbol) {
      this.symbol = symbol;
    }

    /**
     * Returns the character EDTF writes after the date.
     *
     * @return {@code ?}, {@code ~} or {@code %}
     */
    public char symbol() {
      return symbol;
    }

    static @Nullable Qualifier ofSymbol(char symbol) {
      for (Qualifier qualifier : values()) {
        if (qualifier.symbol == symbol) {
          return qualifier;
        }
      }
      return null;
    }
  }

  /** Which side of its date a point known only as a bound lies on; both sides include the date. */
  public enum Bound {
    /** On or before the date, written {@code [..1991]}. */
    ON_OR_BEFORE,
    /** On or after the date, written {@code [1990..]}. */
    ON_OR_AFTER
  }

  private static final long SECONDS_PER_DAY = 86_400;
  private static final int MIN_YEAR = 1;
  static final int MAX_YEAR = 9999;
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final LocalDate FIRST_DAY = LocalDate.of(MIN_YEAR, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(MAX_YEAR, 12, 31);
  private static final String OPEN = "..";
  private final Precision precision;
  private final LocalDate firstDay;
  private final @Nullable OffsetDateTime moment;
  private final @Nullable Qualifier qualifier;
  private final @Nullable Bound bound;

  /** The instant the point starts at, as the ordering defines it, kept for fast comparisons. */
  private final long startSecond;

  private final int startNano;

  /** The ISO 8601 text, made once when first asked for. */
  private @Nullable String text;

  private TimePoint(Precision precision, LocalDate firstDay, @Nullable OffsetDateTime moment) {
    this(precision, firstDay, moment, null, null);
  }

  private TimePoint(
      Precision precision,
      LocalDate firstDay,
      @Nullable OffsetDateTime moment,
      @Nullable Qualifier qualifier,
      @Nullable Bound bound) {
    this.precision = precision;
    this.firstDay = firstDay;
    this.moment = moment;
    this.qualifier = qualifier;
    this.bound = bound;
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
   * {@code 2021-12-30T15:35-05:00} (seconds and fractions are allowed; the offset is required); a
   * year, month or day may end in an EDTF qualifier ({@code 1990~}), and any of them may stand as a
   * bound ({@code [..1991]}, {@code [1990..]}).
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
    if (s.startsWith("[")) {
      return parseBound(s);
    }
    Qualifier qualifier = s.isEmpty() ? null : Qualifier.ofSymbol(s.charAt(s.length() - 1));
    if (qualifier == null) {
      return parseStated(s);
    }
    TimePoint stated = parsePart(s, s.substring(0, s.length() - 1), TimePoint::parseStated);
    if (stated.isMoment()) {
      throw new DateTimeParseException(
          "\""
              + s
              + "\" qualifies a moment: EDTF qualifies a year, a month or a day, such as \""
              + stated.firstDay
              + qualifier.symbol
              + "\"",
          s,
          s.length() - 1);
    }
    return stated.withQualifier(qualifier);
  }

  /** {@code [..point]} or {@code [point..]}, the point itself without a bound. */
  private static TimePoint parseBound(String s) {
    boolean closed = s.length() > 3 && s.endsWith("]");
    if (closed && s.startsWith("[" + OPEN)) {
      return parseInnerOfBound(s, s.substring(3, s.length() - 1), Bound.ON_OR_BEFORE);
    }
    if (closed && s.endsWith(OPEN + "]")) {
      return parseInnerOfBound(s, s.substring(1, s.length() - 3), Bound.ON_OR_AFTER);
    }
    throw new DateTimeParseException(
        "\""
            + s
            + "\" is not a bound: expected on or before a point ([..1991]) or on or after it"
            + " ([1990..])",
        s,
        0);
  }

  private static TimePoint parseInnerOfBound(String s, String inner, Bound bound) {
    if (inner.startsWith("[")) {
      throw new DateTimeParseException("\"" + s + "\" is a bound of a bound", s, 1);
    }
    return parsePart(s, inner, TimePoint::parseAnyForm).withBound(bound);
  }

  /** Parses a part of a text, and says which text it was part of when the part is refused. */
  private static TimePoint parsePart(String whole, String part, Function<String, TimePoint> parse) {
    try {
      return parse.apply(part);
    } catch (DateTimeParseException e) {
      throw new DateTimeParseException(
          "\"" + whole + "\" is not a time point: " + e.getMessage(), whole, 0, e);
    }
  }

  /** A year, a month, a day or a moment, without a qualifier or a bound. */
  private static TimePoint parseStated(String s) {
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
            + " (2021-12-07) or a moment with its UTC offset (2021-12-30T15:35-05:00), the first"
            + " three perhaps qualified (1990~, 1943-03?, 2021-12-07%), any of them perhaps a"
            + " bound ([..1991], [1990..])",
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
   * Returns how sure the source is of this date, when it says it is not.
   *
   * @return the qualifier, or empty for a point as stated
   */
  public Optional<Qualifier> qualifier() {
    return Optional.ofNullable(qualifier);
  }

  /**
   * Returns the side of its date this point lies on, when it is known only as a bound.
   *
   * @return the bound, or empty for a point at its date
   */
  public Optional<Bound> bound() {
    return Optional.ofNullable(bound);
  }

  /**
   * Tells whether this point is its date as stated: neither qualified nor a bound.
   *
   * @return whether the point has no qualifier and no bound
   */
  public boolean isCertain() {
    return qualifier == null && bound == null;
  }

  /**
   * Returns this point with a qualifier, in place of any it had; its bound is kept.
   *
   * @param qualifier how sure the source is of the date
   * @return the qualified point
   * @throws DateTimeException if this point is a moment, which EDTF does not qualify
   */
  public TimePoint withQualifier(Qualifier qualifier) {
    Objects.requireNonNull(qualifier, "qualifier");
    if (moment != null) {
      throw new DateTimeException(
          "a moment is not qualified, as in EDTF: qualify its day instead, such as "
              + firstDay
              + qualifier.symbol);
    }
    return new TimePoint(precision, firstDay, null, qualifier, bound);
  }

  /**
   * Returns this point as a bound, in place of any bound it had; its qualifier is kept.
   *
   * @param bound the side of the date the point lies on
   * @return the bound
   */
  public TimePoint withBound(Bound bound) {
    return new TimePoint(precision, firstDay, moment, qualifier, Objects.requireNonNull(bound));
  }

  /**
   * Returns the date as stated: this point without its qualifier and its bound.
   *
   * @return the point as stated, this one when it is already
   */
  public TimePoint asStated() {
    return isCertain() ? this : new TimePoint(precision, firstDay, moment, null, null);
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
   * Returns the first calendar day of the date as stated: the first of the year or month, the day
   * itself, or the date of a moment at its own offset. A qualifier or a bound does not change it.
   *
   * @return the first day
   */
  public LocalDate firstDay() {
    return firstDay;
  }

  /**
   * Returns the last calendar day of the date as stated: the last of the year or month, the day
   * itself, or the date of a moment at its own offset. A qualifier or a bound does not change it.
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
   * single date. The date is the stated one, whatever the qualifier or the bound.
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
   * The first local day this point may lie on in a zone: a moment's date there, or, for a year, a
   * month or a day, which have no offset to convert from, its first day as the source states it;
   * the first day of year 1 for a point on or before its date. Without a zone, a moment's date at
   * its own offset.
   */
  LocalDate firstDayIn(@Nullable ZoneId zone) {
    if (bound == Bound.ON_OR_BEFORE) {
      return FIRST_DAY;
    }
    return moment != null && zone != null ? moment.atZoneSameInstant(zone).toLocalDate() : firstDay;
  }

  /**
   * The last local day this point may lie on in a zone, as {@link #firstDayIn(ZoneId)} takes it;
   * the last day of year 9999 for a point on or after its date.
   */
  LocalDate lastDayIn(@Nullable ZoneId zone) {
    if (bound == Bound.ON_OR_AFTER) {
      return LAST_DAY;
    }
    return moment != null && zone != null
        ? moment.atZoneSameInstant(zone).toLocalDate()
        : lastDay();
  }

  /** Whether this point is known only as a bound on that side of its date. */
  boolean hasBound(Bound side) {
    return bound == side;
  }

  /** Whether this point is an exact moment: a moment, and not a bound. */
  boolean isExactMoment() {
    return moment != null && bound == null;
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
      return lastDayIn(null).isBefore(other.firstDayIn(null));
    }
    return TimeWindow.of(this, true).latest().isBefore(TimeWindow.of(other, true).earliest());
  }

  /** The first second of the point, in seconds from the epoch: the first key of its order. */
  long startSecond() {
    return startSecond;
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
    if (order == 0) {
      order = Integer.compare(boundRank(), other.boundRank());
    }
    if (order == 0) {
      order = Integer.compare(qualifierRank(), other.qualifierRank());
    }
    if (order == 0 && moment != null && other.moment != null) {
      order = moment.compareTo(other.moment);
    }
    return order;
  }

  /** On or before, then at the date, then on or after. */
  private int boundRank() {
    return bound == null ? 1 : bound == Bound.ON_OR_BEFORE ? 0 : 2;
  }

  /** As stated, then uncertain, approximate, and both. */
  private int qualifierRank() {
    if (qualifier == null) {
      return 0;
    }
    return switch (qualifier) {
      case UNCERTAIN -> 1;
      case APPROXIMATE -> 2;
      case UNCERTAIN_AND_APPROXIMATE -> 3;
    };
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TimePoint that
        && precision == that.precision
        && firstDay.equals(that.firstDay)
        && Objects.equals(moment, that.moment)
        && qualifier == that.qualifier
        && bound == that.bound;
  }

  @Override
  public int hashCode() {
    return Objects.hash(precision, firstDay, moment, qualifier, bound);
  }

  /**
   * Returns the ISO 8601 text of this point, with its EDTF qualifier and bound, which {@link
   * #parse(CharSequence)} reads back.
   */
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
    String stated = formatStated();
    if (qualifier != null) {
      stated += qualifier.symbol;
    }
    if (bound == null) {
      return stated;
    }
    return bound == Bound.ON_OR_BEFORE ? "[" + OPEN + stated + "]" : "[" + stated + OPEN + "]";
  }

  private String formatStated() {
    return switch (precision) {
      case YEAR -> String.format("%04d", firstDay.getYear());
      case MONTH -> YearMonth.from(firstDay).toString();
      case DAY -> firstDay.toString();
      case MOMENT -> Objects.requireNonNull(moment, "a moment's moment").toString();
    };
  }
}
