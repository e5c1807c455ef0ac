package dev.entente;

/**
 * What kind of visit a {@link Visit} is, as protocol names it. The US Department of State's
 * categories are the model: a source that names none leaves the kind out.
 */
public enum VisitKind {
  /** A state visit: a head of state invited by a head of state, with full ceremony. */
  STATE_VISIT,
  /** An official visit: a head of state or of government invited, with ceremony. */
  OFFICIAL_VISIT,
  /** An official working visit: official, with less ceremony. */
  OFFICIAL_WORKING_VISIT,
  /** A working visit: talks without ceremony. */
  WORKING_VISIT,
  /** A private visit: not on official business. */
  PRIVATE_VISIT,
  /** Attendance at a summit, a conference or another gathering in the host's country. */
  SUMMIT,
  /** A stopover on the way to somewhere else. */
  STOPOVER
}
