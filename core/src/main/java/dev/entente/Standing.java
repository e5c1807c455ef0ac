package dev.entente;

/**
 * How an {@link Office} is held when it is not held in full: before taking it up, or for someone
 * else.
 */
public enum Standing {
  /** Elected and not yet in office, such as a president-elect. */
  ELECT,
  /** Designated or nominated and not yet in office, such as a secretary of state-designate. */
  DESIGNATE,
  /** Holding the office in place of its holder, such as an acting foreign minister. */
  ACTING
}
