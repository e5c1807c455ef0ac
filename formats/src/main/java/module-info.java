/**
 * Outside formats for the Entente model, one package each: {@link
 * dev.entente.formats.historian.HistorianImport} reads the Office of the Historian's visits and
 * travels.
 */
module dev.entente.formats {
  requires transitive dev.entente;
  requires java.xml;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires static org.jspecify;

  exports dev.entente.formats;
  exports dev.entente.formats.historian;
  exports dev.entente.formats.icalendar;
  exports dev.entente.formats.plover;
  exports dev.entente.formats.schemaorg;
  exports dev.entente.formats.svg;
}
