/**
 * Outside formats for the Entente model, one package each: {@link
 * dev.entente.formats.historian.HistorianImport} reads the Office of the Historian's visits and
 * travels.
 */
module dev.entente.formats {
  requires transitive dev.entente;
  requires java.xml;
  requires static org.jspecify;

  exports dev.entente.formats.historian;
}
