package dev.entente.examples;

import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.Span;
import dev.entente.TimePoint;
import dev.entente.io.EntenteJson;
import dev.entente.io.JsonLinesWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * JSON Lines in constant memory: writes a large file of generated conversations, then streams it
 * back, counting the conversations of each pair of leaders, with the progress shown as it goes.
 *
 * <p>Arguments: the number of conversations (1,000,000 by default) and the file to write (a
 * temporary file by default, deleted at the end).
 */
public final class ConversationsPerPair {
  private static final String[] LEADERS = {
    "biden", "erdogan", "lula", "macron", "modi", "putin", "scholz", "xi"
  };
  private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

  private final PrintStream out;
  private final PrintStream progress;
  private final int count;

  private ConversationsPerPair(PrintStream out, PrintStream progress, int count) {
    this.out = out;
    this.progress = progress;
    this.count = count;
  }

  /**
   * Runs the example.
   *
   * @param args optionally, the number of conversations and the file to write
   * @throws IOException if the temporary file cannot be made or deleted
   */
  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    boolean temporary = args.length < 2;
    Path file = temporary ? Files.createTempFile("conversations", ".jsonl") : Path.of(args[1]);
    try {
      run(count, file, System.out, System.err);
    } finally {
      if (temporary) {
        Files.deleteIfExists(file);
      }
    }
  }

  static void run(int count, Path file, PrintStream out, PrintStream progress) {
    new ConversationsPerPair(out, progress, count).writeThenCount(file);
  }

  private void writeThenCount(Path file) {
    EntenteJson json = EntenteJson.defaults();
    long start = System.nanoTime();
    write(json, file);
    out.printf(
        "Wrote %,d conversations as JSON Lines to %s (%,d bytes).%n",
        count, file.getFileName(), size(file));

    Map<String, Long> perPair = new TreeMap<>();
    long[] read = {0};
    try (Stream<Conversation> conversations = json.readLines(file, Conversation.class)) {
      conversations.forEach(
          conversation -> {
            perPair.merge(String.join(" and ", conversation.participants()), 1L, Long::sum);
            show("read", ++read[0]);
          });
    }
    progress.println();
    out.printf(
        "Read them back, one line at a time: %,d conversations, %d pairs of leaders.%n",
        read[0], perPair.size());
    perPair.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(5)
        .forEach(pair -> out.printf("  %-22s %,9d%n", pair.getKey(), pair.getValue()));
    out.printf("In %.1f seconds.%n", (System.nanoTime() - start) / 1e9);
  }

  private void write(EntenteJson json, Path file) {
    Random random = new Random(2021);
    try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file));
        JsonLinesWriter<Conversation> writer = json.linesWriter(stream, Conversation.class)) {
      for (int i = 0; i < count; i++) {
        writer.write(conversation(i, random));
        show("written", i + 1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    progress.println();
  }

  private static Conversation conversation(int number, Random random) {
    int first = random.nextInt(LEADERS.length);
    int second = (first + 1 + random.nextInt(LEADERS.length - 1)) % LEADERS.length;
    String a = LEADERS[Math.min(first, second)];
    String b = LEADERS[Math.max(first, second)];
    return Conversation.builder()
        .id("call-" + number)
        .mode(random.nextBoolean() ? ConversationMode.PHONE_CALL : ConversationMode.VIDEO_CALL)
        .addParticipants(a, b)
        .initiator(random.nextBoolean() ? a : b)
        .when(
            Span.of(
                TimePoint.ofDay(FIRST_DAY.plusDays(number / 50)),
                Duration.ofMinutes(10 + random.nextInt(110))))
        .build();
  }

  /** Shows the progress on one line, every 10,000 conversations and at the end. */
  private void show(String what, long done) {
    if (done % 10_000 == 0 || done == count) {
      progress.printf("\r  %s %,d of %,d (%d%%)", what, done, count, done * 100 / count);
      progress.flush();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
