package dev.entente.io;

import dev.entente.Party;

/**
 * An application's own type that holds a record, for the module's tests; public, as types a mapper
 * reads must be.
 *
 * @param title a title
 * @param party a party
 */
public record Briefing(String title, Party party) {}
