/**
 * schema.org in JSON-LD: a dossier's engagements as {@code Event}s, its leaders as {@code Person}s,
 * its parties as {@code Country} or {@code Organization}, its statements as {@code CreativeWork}
 * citations ({@link dev.entente.formats.schemaorg.SchemaOrgExport}).
 */
@NullMarked
package dev.entente.formats.schemaorg;

import org.jspecify.annotations.NullMarked;
