package dev.entente.benchmarks;

import dev.entente.Conversation;
import dev.entente.spark.EntenteSpark;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading 100,000 conversations of JSON Lines from a file on Spark with one core ({@code
 * local[1]}), each line read by Entente's reader and made a row of a typed data set, against the
 * one-JVM JSON Lines reader on the same file: the cost per core of carrying the records on Spark.
 * Its forks need the JDK options Spark needs, which {@code benchmarks/run} gives them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SparkLinesBenchmark {
  static final int RECORDS = 100_000;

  private SparkSession spark;
  private Path directory;
  private Path file;

  /** Writes the file and starts a one-core local session. */
  @Setup
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("spark-lines");
    file = directory.resolve("conversations.jsonl");
    Files.write(file, Data.jsonLines(Data.conversations(RECORDS)));
    spark =
        SparkSession.builder()
            .master("local[1]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
  }

  /** Stops the session and deletes the file. */
  @TearDown
  public void tearDown() throws IOException {
    spark.stop();
    Files.delete(file);
    Files.delete(directory);
  }

  /** Reads the file on Spark into a typed data set, counting the records. */
  @Benchmark
  public long readOnSpark() {
    return EntenteSpark.of(spark).readLines(Conversation.class, file.toString()).records().count();
  }

  /** Reads the file with the one-JVM JSON Lines reader. */
  @Benchmark
  public long readInOneJvm() {
    try (InputStream in = Files.newInputStream(file);
        Stream<Conversation> read = Data.ENTENTE.readLines(in, Conversation.class)) {
      return read.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
