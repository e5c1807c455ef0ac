/**
 * The Entente model.
 *
 * <p>Every record ({@link dev.entente.Party}, {@link dev.entente.Leader}, {@link
 * dev.entente.Topic}, {@link dev.entente.Statement}, {@link dev.entente.Conversation}, {@link
 * dev.entente.Agreement}, {@link dev.entente.Talks}) is immutable, is built with its {@code
 * builder()}, and refers to other records by id. A {@link dev.entente.Dossier} holds records and
 * guarantees that every reference resolves.
 *
 * <p>Nothing in this package returns {@code null}: absent values are {@link java.util.Optional} or
 * empty collections. A builder reports a value left unset or set to {@code null} when {@code
 * build()} is called, as an {@link dev.entente.InvalidRecordException} naming the field; every
 * other method throws {@link java.lang.NullPointerException} for a {@code null} argument.
 *
 * <p>A record that breaks one of its own rules cannot be built: {@link
 * dev.entente.InvalidRecordException} names the record and the field. Rules across records are
 * checked by {@link dev.entente.Dossier.Builder#validate()}, which returns every {@link
 * dev.entente.Problem} at once.
 */
@EntenteStyle
@NullMarked
package dev.entente;

import org.jspecify.annotations.NullMarked;
