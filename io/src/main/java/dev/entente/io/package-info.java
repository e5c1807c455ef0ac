/**
 * JSON and JSON Lines for the Entente model: the {@link dev.entente.io.EntenteJson} facade, the
 * {@link dev.entente.io.EntenteModule} for applications' own mappers, and the one {@link
 * dev.entente.io.EntenteJsonException}. Nothing here returns {@code null}, and no argument may be
 * {@code null}.
 */
@NullMarked
package dev.entente.io;

import org.jspecify.annotations.NullMarked;
