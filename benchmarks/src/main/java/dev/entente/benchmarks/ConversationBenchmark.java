package dev.entente.benchmarks;

import dev.entente.Conversation;
import dev.entente.benchmarks.DatabindShapes.ConversationJson;
import dev.entente.testing.December2021;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Reading and writing one conversation: the phone call of 30 December 2021. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ConversationBenchmark extends ValueBenchmark<Conversation, ConversationJson> {
  /** Creates the benchmark. */
  public ConversationBenchmark() {
    super(ConversationJson.class);
  }

  @Override
  Conversation value() {
    return December2021.phoneCall();
  }

  @Override
  byte[] write(Conversation value) {
    return Data.ENTENTE.writeBytes(value);
  }

  @Override
  Conversation read(byte[] json) {
    return Data.ENTENTE.read(json, Conversation.class);
  }
}
