package dev.entente.io;

import dev.entente.Span;
import dev.entente.TimePoint;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The parts of a {@link Span} as read, before they are checked together. */
final class SpanParts {
  private @Nullable TimePoint start;
  private @Nullable TimePoint end;
  private @Nullable Duration duration;

  void start(TimePoint start) {
    this.start = start;
  }

  void end(TimePoint end) {
    this.end = end;
  }

  void duration(Duration duration) {
    this.duration = duration;
  }

  /** The span; its codec has checked that the start is there. */
  Span build() {
    TimePoint start = Objects.requireNonNull(this.start, "start");
    if (end == null) {
      return duration == null ? Span.of(start) : Span.of(start, duration);
    }
    return duration == null ? Span.of(start, end) : Span.of(start, end, duration);
  }
}
