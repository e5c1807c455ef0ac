package dev.entente;

import dev.entente.internal.Declaration;

/**
 * What every record and every part of a record has: a declaration of its fields, from which its
 * checks of form, its references and its diff are made.
 */
abstract class ModelValue {
  ModelValue() {}

  /** The declaration of this value's type. */
  abstract Declaration<?, ?> declaration();

  /**
   * Checks the rules each declared field holds on its own (see {@link FieldRules}) and returns the
   * checks for the rules that tie fields together.
   */
  final Invariants checkFields() {
    return FieldRules.check(this);
  }
}
