package dev.entente.examples;

import dev.entente.Dossier;
import dev.entente.formats.plover.PloverContexts;
import dev.entente.formats.plover.PloverExport;
import dev.entente.formats.plover.PloverImport;
import dev.entente.formats.plover.PloverReader;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The December 2021 dossier and the Office of the Historian's data as PLOVER event data, the format
 * of event data sets such as POLECAT: what each makes, what is left out and why, and the events
 * read back into records.
 *
 * <p>Run from the repository's root, it reads {@code data/historyatstate} and writes {@code
 * target/formats/*.plover.jsonl}; with arguments, the data folder and the output folder.
 */
public final class EventDataForResearchers {
  private EventDataForResearchers() {}

  /**
   * Writes both dossiers' events.
   *
   * @param args the data folder and the output folder, or none for the defaults
   */
  public static void main(String[] args) {
    FormatExample.main(args, EventDataForResearchers::run);
  }

  /**
   * Writes the events of the two dossiers to a folder and prints an account of them.
   *
   * @param december the December 2021 dossier
   * @param history the Office of the Historian's dossier
   * @param folder where to write, an existing folder
   * @param out where to print
   */
  static void run(Dossier december, Dossier history, Path folder, PrintStream out) {
    // The standard mapping gives contexts by the words of topics' labels; these topics need ids.
    PloverContexts contexts =
        PloverContexts.standard()
            .withTopic("security-guarantees", "military")
            .withTopic("ukraine", "territory");
    write("december-2021", PloverExport.of(december, contexts), december, folder, out);
    write("historian", PloverExport.of(history), history, folder, out);
  }

  private static void write(
      String name, PloverExport export, Dossier dossier, Path folder, PrintStream out) {
    Path file = folder.resolve(name + ".plover.jsonl");
    export.writeTo(file);
    out.println(
        name
            + ": "
            + export.eventCount()
            + " events "
            + export.eventsByCategory()
            + " in "
            + file.getFileName());
    export.notExported().forEach(left -> out.println("  not exported: " + left));
    if (!export.unmappedTopics().isEmpty()) {
      out.println("  topics without a context: " + export.unmappedTopics());
    }
    PloverImport read = PloverReader.read(file, dossier);
    out.println(
        "  read back: "
            + read.records().size()
            + " records of "
            + read.lines()
            + " lines, "
            + read.skipped().size()
            + " skipped (only CONSULT events are read back)");
  }
}
