package dev.entente.examples;

import dev.entente.Dossier;
import dev.entente.testing.December2021;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An example of an outside format: it writes the December 2021 dossier and the Office of the
 * Historian's data to a folder and prints what it wrote.
 */
@FunctionalInterface
interface FormatExample {
  /**
   * Writes the two dossiers.
   *
   * @param december the December 2021 dossier
   * @param history the Office of the Historian's dossier
   * @param folder where to write, made if it does not exist
   * @param out where to print
   */
  void run(Dossier december, Dossier history, Path folder, PrintStream out);

  /**
   * Runs an example from the command line: with arguments, the data folder and the output folder;
   * without, {@code data/historyatstate} and {@code target/formats}, from the repository's root.
   */
  static void main(String[] args, FormatExample example) {
    Path data = Path.of(args.length > 0 ? args[0] : "data/historyatstate");
    Path folder = Path.of(args.length > 1 ? args[1] : "target/formats");
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    example.run(December2021.dossier(), OfficeOfTheHistorian.dossier(data), folder, System.out);
  }
}
