package dev.entente.benchmarks;

import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Problem;
import dev.entente.formats.historian.HistorianImport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The real dossier: the Office of the Historian's 7,535 visits and trips, imported, read and
 * written against the databind baseline; and the import and the validation of the whole on their
 * own.
 *
 * <p>Reads the data from {@code data/historyatstate}, from the repository's root where {@code
 * benchmarks/run} runs, or from the folder the system property {@code entente.historyatstate}
 * names.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HistoryBenchmark extends DossierValueBenchmark {
  /** The records of the imported dossier: parties, leaders, visits and their statements. */
  static final int RECORDS = 18_340;

  private static final Path DATA =
      Path.of(System.getProperty("entente.historyatstate", "data/historyatstate"));

  private List<DossierRecord> records;

  /** Creates the benchmark. */
  public HistoryBenchmark() {}

  static HistorianImport importHistory(Path data) {
    return HistorianImport.builder()
        .visits(data.resolve("visits/data"))
        .travels(data.resolve("travels"))
        .build();
  }

  @Override
  Dossier value() {
    Dossier dossier = importHistory(DATA).dossier();
    records = new ArrayList<>(dossier.records());
    return dossier;
  }

  /**
   * Imports the whole data set from its XML files.
   *
   * @return the import
   */
  @Benchmark
  public HistorianImport importXml() {
    return importHistory(DATA);
  }

  /**
   * Validates the whole dossier's records together, every rule across them.
   *
   * @return the problems: none
   */
  @Benchmark
  public List<Problem> validate() {
    return Dossier.builder().addAll(records).validate();
  }
}
