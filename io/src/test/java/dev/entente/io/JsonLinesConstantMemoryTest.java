package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.Position;
import dev.entente.Span;
import dev.entente.TimePoint;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes and reads 200,000 conversations, far more than the heap holds: the build runs this test in
 * a JVM of its own started with {@code -Xmx32m}, so it passes only if JSON Lines are written and
 * read in constant memory.
 */
@Tag("constant-memory")
class JsonLinesConstantMemoryTest {
  private static final int RECORDS = 200_000;
  private static final long HEAP_LIMIT = 32L * 1024 * 1024;
  private static final String POSITION =
      "A position stated at some length, so that every record weighs a few hundred bytes of JSON and"
          + " the whole file is several times larger than the heap of this JVM.";

  @Test
  void streamsTwoHundredThousandRecordsThroughAThirtyTwoMegabyteHeap(@TempDir Path directory)
      throws IOException {
    assertThat(Runtime.getRuntime().maxMemory())
        .as("the heap of this JVM")
        .isLessThanOrEqualTo(HEAP_LIMIT);
    EntenteJson json = EntenteJson.defaults();
    Path file = directory.resolve("conversations.jsonl");

    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        JsonLinesWriter<Conversation> writer = json.linesWriter(out, Conversation.class)) {
      for (int i = 0; i < RECORDS; i++) {
        writer.write(conversation(i));
      }
    }
    AtomicLong count = new AtomicLong();
    AtomicLong minutes = new AtomicLong();
    try (Stream<Conversation> conversations = json.readLines(file, Conversation.class)) {
      conversations.forEach(
          c -> {
            assertThat(c.id()).isEqualTo("call-" + count.get());
            count.incrementAndGet();
            minutes.addAndGet(c.when().length().orElseThrow().toMinutes());
          });
    }

    assertThat(Files.size(file)).as("the file, in bytes").isGreaterThan(2 * HEAP_LIMIT);
    assertThat(count.get()).isEqualTo(RECORDS);
    assertThat(minutes.get()).isEqualTo(RECORDS * 50L);
  }

  private static Conversation conversation(int i) {
    OffsetDateTime start =
        OffsetDateTime.of(2021, 12, 30, 15, 35, 0, 0, ZoneOffset.ofHours(-5)).plusMinutes(i);
    return Conversation.builder()
        .id("call-" + i)
        .mode(ConversationMode.PHONE_CALL)
        .addParticipants("leader-" + (i % 97), "leader-" + (i % 89 + 100))
        .when(Span.of(TimePoint.ofMoment(start), Duration.ofMinutes(50)))
        .addPosition(Position.builder().by("leader-" + (i % 97)).text(POSITION).build())
        .build();
  }
}
