package dev.entente.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing one value, a record or a dossier, with Entente, with plain databind on its
 * shape, and as a bare token scan; each subclass names the value.
 *
 * @param <T> the model's type
 * @param <S> the baseline's record of the same JSON shape
 */
public abstract class ValueBenchmark<T, S> {
  private final Class<S> shapeType;
  private T value;
  private S shape;
  private byte[] json;
  private ObjectReader reader;
  private ObjectWriter writer;

  ValueBenchmark(Class<S> shapeType) {
    this.shapeType = shapeType;
  }

  /** The value to read and write, made once per trial. */
  abstract T value();

  /** The value as Entente writes it. */
  abstract byte[] write(T value);

  /** The value as Entente reads it, checking every rule. */
  abstract T read(byte[] json);

  /** Prepares the value, its JSON and the baseline's reader and writer. */
  @Setup
  public void setUp() {
    value = value();
    json = write(value);
    JsonMapper mapper = DatabindShapes.mapper();
    reader = mapper.readerFor(shapeType);
    writer = mapper.writerFor(shapeType);
    shape = reader.readValue(json);
  }

  /** Reads with Entente, checking every rule. */
  @Benchmark
  public T readEntente() {
    return read(json);
  }

  /** Reads with plain databind, checking nothing. */
  @Benchmark
  public S readDatabind() {
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
    return write(value);
  }

  /** Writes with plain databind. */
  @Benchmark
  public byte[] writeDatabind() {
    return writer.writeValueAsBytes(shape);
  }
}
