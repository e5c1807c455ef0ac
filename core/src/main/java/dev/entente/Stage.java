package dev.entente;

/**
 * A stage in the life of an {@link Agreement}: each {@link Milestone} marks one, and the
 * agreement's {@linkplain Agreement#status() status} follows from them.
 *
 * <p>The stages up to {@link #IN_FORCE} are listed in the order an agreement advances through them.
 */
public enum Stage {
  /** Proposed by one side. */
  PROPOSED,
  /** Handed over to the other side, such as a draft given to a negotiator. */
  HANDED_OVER,
  /** Made public. */
  PUBLISHED,
  /** Agreed between the sides, formally or not. */
  AGREED,
  /** Signed. */
  SIGNED,
  /** Ratified. */
  RATIFIED,
  /** In force. */
  IN_FORCE,
  /** Suspended by a side. */
  SUSPENDED,
  /** Withdrawn from by a side. */
  WITHDRAWN;

  /** Whether this stage interrupts the agreement's advance rather than taking it further. */
  boolean interrupts() {
    return this == SUSPENDED || this == WITHDRAWN;
  }

  /** The status after a milestone at {@code next} is reached from this status. */
  Stage then(Stage next) {
    if (next.interrupts() || interrupts()) {
      return next;
    }
    return next.compareTo(this) > 0 ? next : this;
  }
}
