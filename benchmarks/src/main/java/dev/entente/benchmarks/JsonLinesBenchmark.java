package dev.entente.benchmarks;

import dev.entente.Conversation;
import dev.entente.benchmarks.DatabindShapes.ConversationJson;
import dev.entente.io.JsonLinesWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

/** Reading and writing 100,000 conversations as JSON Lines. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonLinesBenchmark {
  static final int RECORDS = 100_000;

  private List<Conversation> conversations;
  private List<ConversationJson> shapes;
  private byte[] lines;
  private ObjectReader reader;
  private ObjectWriter writer;

  /** Prepares the conversations, their JSON Lines and the baseline's reader and writer. */
  @Setup
  public void setUp() {
    conversations = Data.conversations(RECORDS);
    lines = Data.jsonLines(conversations);
    JsonMapper mapper = DatabindShapes.mapper();
    reader = mapper.readerFor(ConversationJson.class);
    writer = mapper.writerFor(ConversationJson.class).withRootValueSeparator("\n");
    try (MappingIterator<ConversationJson> read = reader.readValues(lines)) {
      shapes = read.readAll();
    }
  }

  /** Reads with Entente, one record at a time. */
  @Benchmark
  public long readEntente() {
    try (Stream<Conversation> read =
        Data.ENTENTE.readLines(new ByteArrayInputStream(lines), Conversation.class)) {
      return read.count();
    }
  }

  /** Reads with plain databind, one record at a time. */
  @Benchmark
  public long readDatabind() {
    long count = 0;
    try (MappingIterator<ConversationJson> read = reader.readValues(lines)) {
      while (read.hasNextValue()) {
        read.nextValue();
        count++;
      }
    }
    return count;
  }

  /** Scans the tokens, the ceiling of reading. */
  @Benchmark
  public long readScan() {
    return TokenScan.scan(lines);
  }

  /** Writes with Entente. */
  @Benchmark
  public byte[] writeEntente() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(lines.length);
    try (JsonLinesWriter<Conversation> lineWriter =
        Data.ENTENTE.linesWriter(out, Conversation.class)) {
      conversations.forEach(lineWriter::write);
    }
    return out.toByteArray();
  }

  /** Writes with plain databind. */
  @Benchmark
  public byte[] writeDatabind() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(lines.length);
    try (SequenceWriter sequence = writer.writeValues(out)) {
      sequence.writeAll(shapes);
    }
    return out.toByteArray();
  }
}
