package dev.entente.examples;

import dev.entente.Dossier;
import dev.entente.formats.historian.HistorianImport;
import java.nio.file.Path;

/** The Office of the Historian's data, as the examples that use it import it. */
final class OfficeOfTheHistorian {
  private OfficeOfTheHistorian() {}

  /** Imports the visits and travels of the data set in a folder, such as data/historyatstate. */
  static Dossier dossier(Path folder) {
    return HistorianImport.builder()
        .visits(folder.resolve("visits/data"))
        .travels(folder.resolve("travels"))
        .build()
        .dossier();
  }
}
