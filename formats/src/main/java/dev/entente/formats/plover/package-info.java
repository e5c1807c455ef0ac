/**
 * PLOVER event data: a dossier's conversations, visits, talks and agreement milestones as the
 * events of the PLOVER 2.0 ontology, one JSON object per line, with the field names and
 * vocabularies of PLOVER's manual ({@link dev.entente.formats.plover.PloverExport}), and read back
 * where the mapping is reversible ({@link dev.entente.formats.plover.PloverReader}).
 */
@NullMarked
package dev.entente.formats.plover;

import org.jspecify.annotations.NullMarked;
