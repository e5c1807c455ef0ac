package dev.entente.benchmarks;

import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Problem;
import dev.entente.TimelineEntry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** How the cost of building, validating and ordering a dossier grows with its size. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DossierScalingBenchmark {
  /** The approximate number of records. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int records;

  private List<DossierRecord> all;
  private Dossier dossier;

  /** Generates the dossier. */
  @Setup
  public void setUp() {
    dossier = Data.dossier(records);
    all = dossier.records();
  }

  /** Checks every rule across records. */
  @Benchmark
  public List<Problem> validate() {
    return Dossier.builder().addAll(all).validate();
  }

  /** Checks every rule and builds the dossier, with its order and index. */
  @Benchmark
  public Dossier build() {
    return Dossier.builder().addAll(all).build();
  }

  /** Computes the timeline in its one order. */
  @Benchmark
  public List<TimelineEntry> timeline() {
    return dossier.timeline();
  }
}
