package dev.entente;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When something happened or is planned: a start, an optional end and an optional duration, which
 * must agree with each other.
 *
 * <p>Agreement is checked at the precision the points are known at. When start and end are both
 * exact moments, the duration must equal the time between them. Otherwise the duration must fit the
 * shortest and longest time the two points allow: days count 24 hours, and a day set against a
 * moment may lie at any UTC offset. The end may never lie wholly before the start, and the duration
 * may not carry the span past the end of year 9999, where time points end.
 *
 * <pre>{@code
 * Span call = Span.of(
 *     TimePoint.parse("2021-12-30T15:35-05:00"),
 *     TimePoint.parse("2021-12-30T16:25-05:00"),
 *     Duration.ofMinutes(50));
 * Span videoCall = Span.of(TimePoint.parse("2021-12-07"), Duration.ofHours(2));
 * }</pre>
 */
public final class Span {
  /** Longer than any span can last: from the first day of year 1 to the end of year 9999. */
  private static final Duration LONGEST = Duration.ofDays(3_652_059);

  private final TimePoint start;
  private final @Nullable TimePoint end;
  private final @Nullable Duration duration;

  private Span(TimePoint start, @Nullable TimePoint end, @Nullable Duration duration) {
    this.start = Objects.requireNonNull(start, "start");
    this.end = end;
    this.duration = duration;
    check();
  }

  /**
   * Returns a span known only by its start.
   *
   * @param start when it started
   * @return the span
   */
  public static Span of(TimePoint start) {
    return new Span(start, null, null);
  }

  /**
   * Returns a span with a start and an end.
   *
   * @param start when it started
   * @param end when it ended
   * @return the span
   * @throws IllegalArgumentException if the end lies wholly before the start
   */
  public static Span of(TimePoint start, TimePoint end) {
    return new Span(start, Objects.requireNonNull(end, "end"), null);
  }

  /**
   * Returns a span with a start and a duration.
   *
   * @param start when it started
   * @param duration how long it lasted, not negative
   * @return the span
   * @throws IllegalArgumentException if the duration is negative
   */
  public static Span of(TimePoint start, Duration duration) {
    return new Span(start, null, Objects.requireNonNull(duration, "duration"));
  }

  /**
   * Returns a span with a start, an end and a duration that agree.
   *
   * @param start when it started
   * @param end when it ended
   * @param duration how long it lasted
   * @return the span
   * @throws IllegalArgumentException if the end lies wholly before the start, or the duration
   *     contradicts them
   */
  public static Span of(TimePoint start, TimePoint end, Duration duration) {
    return new Span(
        start, Objects.requireNonNull(end, "end"), Objects.requireNonNull(duration, "duration"));
  }

  private void check() {
    if (duration != null) {
      checkDuration(duration);
    }
    if (end == null) {
      return;
    }
    if (end.isWhollyBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
    if (duration == null) {
      return;
    }
    if (start.isExactMoment() && end.isExactMoment()) {
      Duration between = Duration.between(start.startInstant(), end.startInstant());
      if (!between.equals(duration)) {
        throw contradiction(duration, "are " + between + " apart");
      }
      return;
    }
    boolean widen = TimeWindow.mustWiden(start, end);
    TimeWindow from = TimeWindow.of(start, widen);
    TimeWindow to = TimeWindow.of(end, widen);
    Duration longest = Duration.between(from.earliest(), to.latest());
    Duration shortest = Duration.between(from.latest(), to.earliest());
    if (duration.compareTo(longest) > 0 || duration.compareTo(shortest) < 0) {
      String least = shortest.isNegative() || shortest.isZero() ? "" : " and at least " + shortest;
      throw contradiction(duration, "allow at most " + longest + least);
    }
  }

  /** A duration that the start and the end do not allow, and what they allow. */
  private IllegalArgumentException contradiction(Duration duration, String allowed) {
    return new IllegalArgumentException(
        "duration "
            + duration
            + " contradicts start "
            + start
            + " and end "
            + end
            + ", which "
            + allowed);
  }

  /**
   * A duration is not negative and does not carry the span past the end of year 9999, the last year
   * of a time point: counted from the start moment on its own clock, or from the start of the first
   * day of a year, month or day. Every time computed from a span then lies within the years that
   * {@code java.time} holds, so no rule or query on it can overflow.
   */
  private void checkDuration(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration " + duration + " must not be negative");
    }
    LocalDateTime from =
        start.isMoment()
            ? start.moment().orElseThrow().toLocalDateTime()
            : start.firstDay().atStartOfDay();
    if (duration.compareTo(LONGEST) > 0 || from.plus(duration).getYear() > TimePoint.MAX_YEAR) {
      throw new IllegalArgumentException(
          "duration "
              + duration
              + " from start "
              + start
              + " would end the span after year "
              + TimePoint.MAX_YEAR
              + ", the last year of a time point");
    }
  }

  /**
   * Returns when it started.
   *
   * @return the start
   */
  public TimePoint start() {
    return start;
  }

  /**
   * Returns when it ended, if known.
   *
   * @return the end, or empty
   */
  public Optional<TimePoint> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Returns the duration as stated, if it was.
   *
   * @return the stated duration, or empty
   * @see #length()
   */
  public Optional<Duration> duration() {
    return Optional.ofNullable(duration);
  }

  /**
   * Returns how long it lasted: the stated duration, or else the time between start and end when
   * both are exact moments (not bounds).
   *
   * @return the length, or empty when it is not known
   */
  public Optional<Duration> length() {
    if (duration != null) {
      return Optional.of(duration);
    }
    if (end != null && start.isExactMoment() && end.isExactMoment()) {
      return Optional.of(Duration.between(start.startInstant(), end.startInstant()));
    }
    return Optional.empty();
  }

  /**
   * Returns the last calendar day the span may reach, as the source states days: the end's last
   * day, or else the start's, moved on by the duration when the start is a moment; the last day of
   * year 9999 when the point it is taken from is on or after its date.
   *
   * @return the last day
   */
  public LocalDate lastDay() {
    return lastDayIn(null);
  }

  /**
   * The last local day the span may reach in a zone: the end's, or the start moved on by the
   * duration when it is a moment, or else the start's; without a zone, as the source states days, a
   * moment at its own offset.
   */
  LocalDate lastDayIn(@Nullable ZoneId zone) {
    if (end != null) {
      return end.lastDayIn(zone);
    }
    if (duration != null && start.isMoment() && !start.hasBound(TimePoint.Bound.ON_OR_AFTER)) {
      return momentAfterDuration(zone);
    }
    return start.lastDayIn(zone);
  }

  /** The local day of the start moment moved on by the duration, at its own offset without zone. */
  private LocalDate momentAfterDuration(@Nullable ZoneId zone) {
    OffsetDateTime last = start.moment().orElseThrow().plus(Objects.requireNonNull(duration));
    return zone == null ? last.toLocalDate() : last.atZoneSameInstant(zone).toLocalDate();
  }

  /**
   * Tells whether the span, seen in a time zone, covers any part of a day.
   *
   * <p>Moments are converted to the zone: the call of 2021-12-30 from 15:35 to 16:25 at offset
   * -05:00 falls on December 30 in {@code America/New_York}, and on both December 30 and 31 in
   * {@code Europe/Moscow}, where it ran from 23:35 to 00:25. Days have no offset to convert from
   * and are taken as the source states them; a span whose start is only a year or a month falls on
   * none of its days for certain, so the answer is {@code false}, as it is for a start that is
   * uncertain, approximate or a bound. An end that is one of these does not extend the span past
   * its start (or past the end its duration gives).
   *
   * @param day the day
   * @param zone the time zone
   * @return whether the span covers part of that day in that zone
   */
  public boolean fallsOn(LocalDate day, ZoneId zone) {
    Objects.requireNonNull(day, "day");
    Optional<LocalDate> first = start.isCertain() ? start.dateIn(zone) : Optional.empty();
    if (first.isEmpty()) {
      return false;
    }
    LocalDate last = lastDateIn(zone).orElse(first.get());
    return !day.isBefore(first.get()) && !day.isAfter(last);
  }

  /** The last day the span covers for certain in a zone, when it is more than the start's. */
  private Optional<LocalDate> lastDateIn(ZoneId zone) {
    if (end != null && end.isCertain()) {
      return end.dateIn(zone);
    }
    if (duration != null && start.isMoment()) {
      return Optional.of(momentAfterDuration(zone));
    }
    return Optional.empty();
  }

  /**
   * Tells whether a point in time may fall within this span. Points and spans known to the day
   * compare as calendar days; as soon as a moment is involved, days are widened by the extreme UTC
   * offsets, since their offset is unknown. A bound may lie anywhere on its side of its date.
   */
  boolean mayInclude(TimePoint point) {
    boolean daysOnly = !point.isMoment() && !start.isMoment() && (end == null || !end.isMoment());
    if (daysOnly) {
      return !point.lastDayIn(null).isBefore(start.firstDayIn(null))
          && !point.firstDayIn(null).isAfter(lastDay());
    }
    TimeWindow span = TimeWindow.of(start, true);
    if (end != null) {
      span = span.until(TimeWindow.of(end, true));
    } else if (duration != null) {
      span = span.extendedBy(duration);
    }
    return span.overlaps(TimeWindow.of(point, true));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Span that
        && start.equals(that.start)
        && Objects.equals(end, that.end)
        && Objects.equals(duration, that.duration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, duration);
  }

  /**
   * Returns the span as {@code start[/end][ (duration)]}, for example {@code
   * 2021-12-30T15:35-05:00/2021-12-30T16:25-05:00 (PT50M)}.
   */
  @Override
  public String toString() {
    return start + (end == null ? "" : "/" + end) + (duration == null ? "" : " (" + duration + ")");
  }
}
