package dev.entente;

/** What kind of commitment an {@link Agreement} is, from the least formal to the most. */
public enum AgreementKind {
  /** An informal commitment, such as to continue regular contacts. */
  COMMITMENT,
  /** An agreement in principle, such as to begin negotiations. */
  AGREEMENT_IN_PRINCIPLE,
  /** A memorandum of understanding or a joint declaration. */
  MEMORANDUM,
  /** The draft of a treaty or agreement, proposed by one side. */
  DRAFT_TREATY,
  /** A treaty or formal agreement, meant to be signed. */
  TREATY
}
