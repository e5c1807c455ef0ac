package dev.entente;

import java.time.LocalDate;
import java.util.Optional;

/** Whether a day falls within bounds given as time points, either of which may be unknown. */
final class Days {
  private Days() {}

  /**
   * Tells whether a day falls from a beginning to an end, both days included: the first day of
   * {@code from}, the last day of {@code until}. An unknown bound does not exclude the day, nor
   * does any day a point known only as a bound may lie on.
   */
  static boolean within(Optional<TimePoint> from, Optional<TimePoint> until, LocalDate day) {
    return from.map(start -> !start.firstDayIn(null).isAfter(day)).orElse(true)
        && until.map(end -> !end.lastDayIn(null).isBefore(day)).orElse(true);
  }
}
