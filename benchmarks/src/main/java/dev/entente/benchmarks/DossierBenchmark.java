package dev.entente.benchmarks;

import dev.entente.Dossier;
import dev.entente.benchmarks.DatabindShapes.DossierJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Reading and writing a generated dossier of about 10,000 records. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DossierBenchmark {
  private Dossier dossier;
  private DossierJson shape;
  private byte[] json;
  private ObjectReader reader;
  private ObjectWriter writer;

  /** Prepares the dossier, its JSON and the baseline's reader and writer. */
  @Setup
  public void setUp() {
    dossier = Data.dossier(10_000);
    json = Data.ENTENTE.writeBytes(dossier);
    JsonMapper mapper = DatabindShapes.mapper();
    reader = mapper.readerFor(DossierJson.class);
    writer = mapper.writerFor(DossierJson.class);
    shape = reader.readValue(json);
  }

  /** Reads with Entente, checking every rule. */
  @Benchmark
  public Dossier readEntente() {
    return Data.ENTENTE.read(json, Dossier.class);
  }

  /** Reads with plain databind, checking nothing. */
  @Benchmark
  public DossierJson readDatabind() {
    return reader.readValue(json);
  }

  /** Scans the tokens, the ceiling of reading. */
  @Benchmark
  public long readScan() {
    return TokenScan.scan(json);
  }

  /** Writes with Entente. */
  @Benchmark
  public byte[] writeEntente() {
    return Data.ENTENTE.writeBytes(dossier);
  }

  /** Writes with plain databind. */
  @Benchmark
  public byte[] writeDatabind() {
    return writer.writeValueAsBytes(shape);
  }
}
