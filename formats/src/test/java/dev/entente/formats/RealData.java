package dev.entente.formats;

import dev.entente.Dossier;
import dev.entente.formats.historian.HistorianImport;
import java.nio.file.Path;

/**
 * The Office of the Historian's data, imported once for every test of the formats that needs it.
 */
public final class RealData {
  private static final Path DATA = Path.of("..", "data", "historyatstate");

  private RealData() {}

  /** Returns the whole shipped data set as one dossier. */
  public static Dossier dossier() {
    return Holder.DOSSIER;
  }

  private static final class Holder {
    static final Dossier DOSSIER =
        HistorianImport.builder()
            .visits(DATA.resolve("visits/data"))
            .travels(DATA.resolve("travels"))
            .build()
            .dossier();
  }
}
