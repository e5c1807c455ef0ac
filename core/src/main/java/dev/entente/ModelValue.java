package dev.entente;

/**
 * What every record and every part of a record can tell about itself: its fields, for diffs, and
 * its references to other records, for a dossier's checks and queries.
 */
abstract class ModelValue {
  ModelValue() {}

  /** Lists every field of this value, in declaration order. */
  abstract void describe(Fields fields);

  /** Lists every reference to another record that this value holds. */
  abstract void collectReferences(References references);
}
