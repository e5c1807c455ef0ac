package dev.entente.io;

import dev.entente.Span;
import dev.entente.TimePoint;
import java.time.Duration;

/** The parts of a {@link Span} as read, before they are checked together. */
final class SpanParts {
  private TimePoint start;
  private TimePoint end;
  private Duration duration;

  void start(TimePoint start) {
    this.start = start;
  }

  void end(TimePoint end) {
    this.end = end;
  }

  void duration(Duration duration) {
    this.duration = duration;
  }

  Span build() {
    if (end == null) {
      return duration == null ? Span.of(start) : Span.of(start, duration);
    }
    return duration == null ? Span.of(start, end) : Span.of(start, end, duration);
  }
}
