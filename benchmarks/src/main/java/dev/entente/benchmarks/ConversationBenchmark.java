package dev.entente.benchmarks;

import dev.entente.Conversation;
import dev.entente.benchmarks.DatabindShapes.ConversationJson;
import dev.entente.testing.December2021;
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

/** Reading and writing one conversation: the phone call of 30 December 2021. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ConversationBenchmark {
  private Conversation conversation;
  private ConversationJson shape;
  private byte[] json;
  private ObjectReader reader;
  private ObjectWriter writer;

  /** Prepares the conversation, its JSON and the baseline's reader and writer. */
  @Setup
  public void setUp() {
    conversation = December2021.phoneCall();
    json = Data.ENTENTE.writeBytes(conversation);
    JsonMapper mapper = DatabindShapes.mapper();
    reader = mapper.readerFor(ConversationJson.class);
    writer = mapper.writerFor(ConversationJson.class);
    shape = reader.readValue(json);
  }

  /** Reads with Entente. */
  @Benchmark
  public Conversation readEntente() {
    return Data.ENTENTE.read(json, Conversation.class);
  }

  /** Reads with plain databind. */
  @Benchmark
  public ConversationJson readDatabind() {
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
    return Data.ENTENTE.writeBytes(conversation);
  }

  /** Writes with plain databind. */
  @Benchmark
  public byte[] writeDatabind() {
    return writer.writeValueAsBytes(shape);
  }
}
