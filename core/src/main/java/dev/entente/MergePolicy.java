package dev.entente;

/**
 * How {@link Dossier#merge(Dossier, MergePolicy)} treats a record that both dossiers hold in
 * different versions; records only one of them holds are always taken.
 */
public enum MergePolicy {
  /**
   * Records both hold must be equal: any difference, of a field, a source or a claim, fails the
   * merge and lists every conflict; nothing is picked.
   */
  STRICT,

  /**
   * Merges two sources of the same events: the merged record keeps the left version's (this
   * dossier's) value of each field, and a value the right version gives that differs becomes a
   * {@link Claim} of each of the right version's sources. What the right version leaves out (an
   * empty optional field or list) is no claim. The two versions' sources are combined, and so are
   * their claims; a right claim of the value the left holds adds its source to the sources instead.
   * A right version that differs in a field but cites no source fails the merge, since its values
   * would be claims of no one, as does a record of another kind under the same id.
   */
  KEEP_LEFT_AND_CLAIM_RIGHT
}
