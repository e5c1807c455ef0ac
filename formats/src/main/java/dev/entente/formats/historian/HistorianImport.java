package dev.entente.formats.historian;

import dev.entente.Dossier;
import dev.entente.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The Office of the Historian's records of visits by foreign leaders to the United States and of
 * trips abroad of presidents and secretaries of state, imported as a {@link Dossier}, with every
 * source record that could not be taken.
 *
 * <pre>{@code
 * HistorianImport history = HistorianImport.builder()
 *     .visits(Path.of("data/historyatstate/visits/data"))
 *     .travels(Path.of("data/historyatstate/travels"))
 *     .build();
 * Dossier dossier = history.dossier();
 * history.skipped().forEach(System.err::println);
 * }</pre>
 *
 * <p>What the import makes of each source record, inventing nothing:
 *
 * <ul>
 *   <li>a {@link dev.entente.Visit} at the record's own dates: for a visit, the visitors, from
 *       their country, to the United States, with no host named (the source names none); for a
 *       trip, the president or secretary of state to the country, in the place its locale names
 *       ({@code "London, Cornwall"} is two localities), with the hosts its remarks name in an
 *       unambiguous form (see below);
 *   <li>a {@link dev.entente.Statement} of kind {@code record} by the Office of the Historian,
 *       about that visit, dated when the record was created: its quote is the description or the
 *       remarks verbatim, its summary every other field as {@code name: value}, so nothing of the
 *       record is lost;
 *   <li>{@link dev.entente.Leader}s for the people named, one per party and name, with each office
 *       (the title as written, its role, elect, designate or acting) the records give them, and no
 *       term, since the source gives none;
 *   <li>the {@link dev.entente.Party}s of the source's countries: each country id and label is
 *       taken, by date where the state changed, as the state it was (the U.S.S.R. as the Soviet
 *       Union with its ISO 3166-3 code {@code SUHH}, Germany before 1949 as a state without a code,
 *       Hawaii before and after 1893 as its kingdom and its republic), by the tables {@code
 *       countries.tsv} and {@code parties.tsv} beside this class.
 * </ul>
 *
 * <p>The people a trip met are taken as hosts only from a clause that starts "Met with", "Also met
 * with" or "Audience with" and names nothing but people whose titles are known ("Met with Prime
 * Minister Boris Johnson and Queen Elizabeth II."); any other clause names no host. Text is taken
 * with each run of white space made one space.
 *
 * <p>A record is skipped, and listed in {@link #skipped()} with its file, line and reason, when it
 * has no id or repeats one, lacks a date, a country or a name, has dates that are not days or an
 * end before its start, or names a country the tables do not hold. A file that is not well-formed
 * XML stops the import with a {@link HistorianFormatException}.
 */
public final class HistorianImport {
  private final Dossier dossier;
  private final List<Problem> warnings;
  private final List<SkippedRecord> skipped;
  private final int sourceRecords;

  /** The problems are the dossier's, which {@link Dossier.Builder#build()} accepted: warnings. */
  HistorianImport(
      Dossier dossier, List<Problem> warnings, List<SkippedRecord> skipped, int sourceRecords) {
    this.dossier = dossier;
    this.warnings = List.copyOf(warnings);
    this.skipped = List.copyOf(skipped);
    this.sourceRecords = sourceRecords;
  }

  /**
   * Returns a new builder, to which the files or folders to import are added.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the dossier: every party, leader, visit and statement made of the records taken.
   *
   * @return the dossier, valid
   */
  public Dossier dossier() {
    return dossier;
  }

  /**
   * Returns the warnings the dossier's validation gave, such as a participant out of office.
   *
   * @return the warnings; the import makes no dossier with an error
   */
  public List<Problem> warnings() {
    return warnings;
  }

  /**
   * Returns the source records that were not imported, in the order they were read.
   *
   * @return the records skipped, each with its file, line and reason
   */
  public List<SkippedRecord> skipped() {
    return skipped;
  }

  /**
   * Returns how many records the source files hold: every one was either imported or skipped.
   *
   * @return the number of visit and trip records read
   */
  public int sourceRecords() {
    return sourceRecords;
  }

  /** Collects the files to import and imports them. */
  public static final class Builder {
    private final List<Path> visits = new ArrayList<>();
    private final List<Path> travels = new ArrayList<>();

    private Builder() {}

    /**
     * Adds visits of foreign leaders: a file of {@code <visits>}, or a folder whose {@code .xml}
     * files, in any subfolder, are read in the order of their paths.
     *
     * @param fileOrFolder the file or folder, such as {@code visits/data}
     * @return this builder
     */
    public Builder visits(Path fileOrFolder) {
      visits.add(Objects.requireNonNull(fileOrFolder, "fileOrFolder"));
      return this;
    }

    /**
     * Adds trips abroad of presidents and secretaries of state: a file of {@code <trips>}, or a
     * folder whose {@code .xml} files, in any subfolder, are read in the order of their paths.
     *
     * @param fileOrFolder the file or folder, such as {@code travels}
     * @return this builder
     */
    public Builder travels(Path fileOrFolder) {
      travels.add(Objects.requireNonNull(fileOrFolder, "fileOrFolder"));
      return this;
    }

    /**
     * Reads every file added and imports its records.
     *
     * @return the dossier and the records skipped
     * @throws HistorianFormatException if a file is not well-formed XML
     * @throws UncheckedIOException if a file or folder cannot be read
     */
    public HistorianImport build() {
      Assembly assembly = new Assembly();
      for (Path file : xmlFiles(visits)) {
        SourceRecords.read(file, "visit").forEach(assembly::visit);
      }
      for (Path file : xmlFiles(travels)) {
        SourceRecords.read(file, "trip").forEach(assembly::trip);
      }
      return assembly.finish();
    }

    private static List<Path> xmlFiles(List<Path> filesOrFolders) {
      List<Path> files = new ArrayList<>();
      for (Path path : filesOrFolders) {
        if (!Files.isDirectory(path)) {
          files.add(path);
          continue;
        }
        try (Stream<Path> tree = Files.walk(path)) {
          tree.filter(file -> file.getFileName().toString().endsWith(".xml"))
              .filter(Files::isRegularFile)
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("could not list " + path, e);
        }
      }
      return files;
    }
  }
}
