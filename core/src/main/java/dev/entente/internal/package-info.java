/**
 * The declaration of every field of the model's records and parts, from which the model's checks of
 * form, references and diffs, and Entente's JSON codecs, are made.
 *
 * <p>Not an API: this package is exported to Entente's own modules only, and may change in any
 * release.
 */
@NullMarked
package dev.entente.internal;

import org.jspecify.annotations.NullMarked;
