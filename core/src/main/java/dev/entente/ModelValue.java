package dev.entente;

/**
 * What every record and every part of a record can tell about itself: its fields, for diffs, and
 * its references to other records, for a dossier's checks and queries.
 */
abstract class ModelValue {
  ModelValue() {}

  /** Lists every field of this value, in declaration order. */
  abstract void describe(Fields fields);

  /**
   * Checks that every field is complete (see {@link Invariants#complete}) and returns the checks
   * for the rest of this value's rules.
   */
  final Invariants checkComplete(Invariants check) {
    Fields.visit(this, check::complete);
    return check;
  }

  /** Lists every reference to another record that this value holds. */
  abstract void collectReferences(References references);
}
