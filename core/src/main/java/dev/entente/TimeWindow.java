package dev.entente;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The closed range of instants a {@link TimePoint} may denote. A moment is a single instant. A
 * year, month or day runs from the start of its first day to the start of the day after its last;
 * when it is set against a moment, its unknown offset widens it by the extreme offsets, 18 hours
 * each way. A bound opens its range on one side, to the start of year 1 or the end of year 9999; a
 * qualifier leaves it as stated.
 */
final class TimeWindow {
  private static final Duration WIDEST_OFFSET = Duration.ofHours(18);

  private final Instant earliest;
  private final Instant latest;

  private TimeWindow(Instant earliest, Instant latest) {
    this.earliest = earliest;
    this.latest = latest;
  }

  static TimeWindow of(TimePoint point, boolean widenUnknownOffset) {
    if (point.isExactMoment()) {
      Instant instant = point.startInstant();
      return new TimeWindow(instant, instant);
    }
    Duration slack = widenUnknownOffset ? WIDEST_OFFSET : Duration.ZERO;
    Instant earliest = startOf(point.firstDayIn(null)).minus(slack);
    Instant latest = startOf(point.lastDayIn(null).plusDays(1)).plus(slack);
    if (point.isMoment()) {
      Instant instant = point.startInstant();
      earliest = point.hasBound(TimePoint.Bound.ON_OR_BEFORE) ? earliest : instant;
      latest = point.hasBound(TimePoint.Bound.ON_OR_AFTER) ? latest : instant;
    }
    return new TimeWindow(earliest, latest);
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Windows for two points compared with each other: widened only when one is a moment. */
  static boolean mustWiden(TimePoint a, TimePoint b) {
    return a.isMoment() || b.isMoment();
  }

  Instant earliest() {
    return earliest;
  }

  Instant latest() {
    return latest;
  }

  /** From the earliest instant of this window to the latest of {@code end}. */
  TimeWindow until(TimeWindow end) {
    return new TimeWindow(earliest, end.latest);
  }

  /** This window, with its latest instant moved on by {@code duration}. */
  TimeWindow extendedBy(Duration duration) {
    return new TimeWindow(earliest, latest.plus(duration));
  }

  boolean overlaps(TimeWindow other) {
    return !latest.isBefore(other.earliest) && !other.latest.isBefore(earliest);
  }
}
