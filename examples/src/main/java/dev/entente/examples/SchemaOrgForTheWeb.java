package dev.entente.examples;

import dev.entente.Dossier;
import dev.entente.formats.schemaorg.SchemaOrgExport;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;

/**
 * The December 2021 dossier and the Office of the Historian's data as schema.org JSON-LD, for a
 * news page to embed in a {@code <script type="application/ld+json">} element.
 *
 * <p>Run from the repository's root, it reads {@code data/historyatstate} and writes {@code
 * target/formats/*.jsonld}; with arguments, the data folder and the output folder.
 */
public final class SchemaOrgForTheWeb {
  private SchemaOrgForTheWeb() {}

  /**
   * Writes both documents.
   *
   * @param args the data folder and the output folder, or none for the defaults
   */
  public static void main(String[] args) {
    FormatExample.main(args, SchemaOrgForTheWeb::run);
  }

  /**
   * Writes the JSON-LD of the two dossiers to a folder and prints what they hold.
   *
   * @param december the December 2021 dossier
   * @param history the Office of the Historian's dossier
   * @param folder where to write, an existing folder
   * @param out where to print
   */
  static void run(Dossier december, Dossier history, Path folder, PrintStream out) {
    URI pages = URI.create("https://entente.example.org/records/");
    write("december-2021", SchemaOrgExport.of(december).withBase(pages), folder, out);
    write("historian", SchemaOrgExport.of(history).withBase(pages), folder, out);
  }

  private static void write(String name, SchemaOrgExport export, Path folder, PrintStream out) {
    Path file = folder.resolve(name + ".jsonld");
    export.writeTo(file);
    out.println(name + ": " + export.nodeCount() + " nodes in " + file.getFileName());
    export.notExported().forEach(left -> out.println("  not exported: " + left));
  }
}
