package dev.entente;

/**
 * A stage in the life of an {@link Agreement}: each {@link Milestone} marks one, and the
 * agreement's {@linkplain Agreement#status() status} follows from them. The stages of a treaty are
 * those the UN Treaty Collection records for each participant.
 *
 * <p>The stages up to {@link #IN_FORCE} are listed in the order an agreement advances through them;
 * a status moves only forward through them, until a suspension, a withdrawal or a denunciation. A
 * party consents to be bound by ratification, acceptance, approval, accession or succession ({@link
 * #isConsentToBeBound()}), and the one order an {@link Agreement} checks is that no party signs
 * after it consented, unless it withdrew or denounced in between. Provisional application may come
 * at any time after the text is agreed, before or after consent.
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
  /** Applied provisionally, pending entry into force. */
  PROVISIONALLY_APPLIED,
  /** Ratified: consent to be bound, after signature. */
  RATIFIED,
  /** Accepted: consent to be bound, as ratification is for some states. */
  ACCEPTED,
  /** Approved: consent to be bound, as ratification is for some states. */
  APPROVED,
  /** Acceded to: consent to be bound by a state that did not sign. */
  ACCEDED,
  /** Succeeded to: a successor state bound by its predecessor's consent. */
  SUCCEEDED,
  /** In force. */
  IN_FORCE,
  /** Suspended by a side. */
  SUSPENDED,
  /** Withdrawn from by a side. */
  WITHDRAWN,
  /** Denounced by a side: its notice that it ends its part in the agreement. */
  DENOUNCED;

  /** Whether this stage interrupts the agreement's advance rather than taking it further. */
  boolean interrupts() {
    return this == SUSPENDED || this == WITHDRAWN || this == DENOUNCED;
  }

  /** Whether this stage ends a party's part, so that it may sign and consent anew. */
  boolean ends() {
    return this == WITHDRAWN || this == DENOUNCED;
  }

  /**
   * Tells whether this stage is a party's consent to be bound: ratification, acceptance, approval,
   * accession or succession.
   *
   * @return whether it is a consent to be bound
   */
  public boolean isConsentToBeBound() {
    return this == RATIFIED
        || this == ACCEPTED
        || this == APPROVED
        || this == ACCEDED
        || this == SUCCEEDED;
  }

  /** The status after a milestone at {@code next} is reached from this status. */
  Stage then(Stage next) {
    if (next.interrupts() || interrupts()) {
      return next;
    }
    return next.compareTo(this) > 0 ? next : this;
  }
}
