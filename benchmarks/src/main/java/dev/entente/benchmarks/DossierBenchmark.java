package dev.entente.benchmarks;

import dev.entente.Dossier;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Reading and writing a generated dossier of about 10,000 records. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DossierBenchmark extends DossierValueBenchmark {
  /**
   * The number of records of the generated dossier, by which {@link Ratios} divides the bytes read;
   * {@code DossierBenchmarkTest} holds it to the generator.
   */
  static final int RECORDS = 9_925;

  /** Creates the benchmark. */
  public DossierBenchmark() {}

  @Override
  Dossier value() {
    return Data.dossier(10_000);
  }
}
