/**
 * Outside formats for the Entente model, one package each; this package holds what they share, such
 * as the account of what an export left out.
 */
@NullMarked
package dev.entente.formats;

import org.jspecify.annotations.NullMarked;
