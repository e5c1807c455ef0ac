/**
 * Outside formats for the Entente model, one package each: {@link
 * dev.entente.formats.historian.HistorianImport} reads the Office of the Historian's visits and
 * travels; {@link dev.entente.formats.plover.PloverExport} writes PLOVER event data and {@link
 * dev.entente.formats.plover.PloverReader} reads it back; {@link
 * dev.entente.formats.schemaorg.SchemaOrgExport} writes schema.org JSON-LD; {@link
 * dev.entente.formats.icalendar.ICalendarExport} writes iCalendar; {@link
 * dev.entente.formats.svg.SvgTimeline} and {@link dev.entente.formats.svg.SvgMeetingGraph} draw
 * pictures.
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
