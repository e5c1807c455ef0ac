package dev.entente.formats.plover;

import dev.entente.Span;
import dev.entente.TimePoint;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An event's dates in PLOVER's fields: {@code date} and {@code enddate} as {@code YYYY-MM-DD},
 * {@code time} and {@code endtime} as ISO 8601 times with their offsets (so that {@code date + "T"
 * + time} is the moment), and, where a point is a month, a year, uncertain, approximate or bounded,
 * its exact text in the extension fields {@code date_edtf} and {@code enddate_edtf}, with {@code
 * date} its first stated day; a span's stated duration in the extension field {@code
 * entente_duration}.
 */
record PloverDates(
    String date,
    @Nullable String time,
    @Nullable String dateEdtf,
    @Nullable String enddate,
    @Nullable String endtime,
    @Nullable String enddateEdtf,
    @Nullable String duration) {

  static PloverDates of(TimePoint start) {
    return of(start, null, null);
  }

  static PloverDates of(Span span) {
    return of(
        span.start(),
        span.end().orElse(null),
        span.duration().map(Duration::toString).orElse(null));
  }

  private static PloverDates of(
      TimePoint start, @Nullable TimePoint end, @Nullable String duration) {
    Field first = Field.of(start);
    Field last = end == null ? null : Field.of(end);
    return new PloverDates(
        first.date,
        first.time,
        first.edtf,
        last == null ? null : last.date,
        last == null ? null : last.time,
        last == null ? null : last.edtf,
        duration);
  }

  /** Returns the start point these fields stand for. */
  TimePoint start() {
    return Field.point(date, time, dateEdtf);
  }

  /** Returns the span these fields stand for. */
  Span span() {
    TimePoint end = end();
    Duration length = duration == null ? null : Duration.parse(duration);
    if (end == null) {
      return length == null ? Span.of(start()) : Span.of(start(), length);
    }
    return length == null ? Span.of(start(), end) : Span.of(start(), end, length);
  }

  /** Returns the end point these fields stand for, or null if they have none. */
  @Nullable TimePoint end() {
    return enddate == null ? null : Field.point(enddate, endtime, enddateEdtf);
  }

  private record Field(String date, @Nullable String time, @Nullable String edtf) {
    static Field of(TimePoint point) {
      OffsetDateTime moment = point.moment().orElse(null);
      if (moment != null) {
        return new Field(moment.toLocalDate().toString(), moment.toOffsetTime().toString(), null);
      }
      boolean plainDay = point.precision() == TimePoint.Precision.DAY && point.isCertain();
      String day = point.asStated().firstDay().toString();
      return new Field(day, null, plainDay ? null : point.toString());
    }

    static TimePoint point(String date, @Nullable String time, @Nullable String edtf) {
      if (edtf != null) {
        return TimePoint.parse(edtf);
      }
      return TimePoint.parse(time == null ? date : date + "T" + time);
    }
  }
}
