package dev.entente;

/** Where planned {@link Talks} stand. */
public enum TalksStatus {
  /** Announced, without a firm date. */
  ANNOUNCED,
  /** Scheduled for a date. */
  SCHEDULED,
  /** Held. */
  HELD,
  /** Postponed, without a new date. */
  POSTPONED,
  /** Cancelled. */
  CANCELLED,
  /**
   * Moved to a new date, {@link Talks#when()}; the dates moved from are kept in {@link
   * Talks#previousDates()}.
   */
  RESCHEDULED
}
