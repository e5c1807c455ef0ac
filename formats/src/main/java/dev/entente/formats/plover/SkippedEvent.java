package dev.entente.formats.plover;

import java.util.Objects;

/**
 * A line of PLOVER data that was not read into a record, or a part of one that was not kept, with
 * where it is and why.
 *
 * @param line the line's number, from 1
 * @param id the event's id, or {@code "?"} if it has none
 * @param reason why, such as {@code "actor 2: no leader or party has entente_id \"x\""}
 */
public record SkippedEvent(int line, String id, String reason) {
  /**
   * Checks the parts.
   *
   * @param line the line's number
   * @param id the event's id
   * @param reason why
   * @throws NullPointerException if a part is null
   */
  public SkippedEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
  }

  /** Returns the skipped event as {@code line N: event id: reason}. */
  @Override
  public String toString() {
    return "line " + line + ": event " + id + ": " + reason;
  }
}
