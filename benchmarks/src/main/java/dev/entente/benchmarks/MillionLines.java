package dev.entente.benchmarks;

import dev.entente.Conversation;
import dev.entente.io.JsonLinesWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes and reads back 1,000,000 conversations as JSON Lines; the benchmark command runs it in a
 * JVM started with {@code -Xmx64m}, and it reports the heap it peaked at.
 */
public final class MillionLines {
  private MillionLines() {}

  /**
   * Runs the check.
   *
   * @param args optionally, the number of records
   * @throws IOException if the temporary file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    List<Conversation> pattern = Data.conversations(1_000);
    Path file = Files.createTempFile("million", ".jsonl");
    try {
      long start = System.nanoTime();
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
          JsonLinesWriter<Conversation> writer =
              Data.ENTENTE.linesWriter(out, Conversation.class)) {
        for (int i = 0; i < records; i++) {
          writer.write(pattern.get(i % pattern.size()));
        }
      }
      long written = System.nanoTime();
      long count;
      try (Stream<Conversation> read = Data.ENTENTE.readLines(file, Conversation.class)) {
        count = read.count();
      }
      long read = System.nanoTime();
      long peak =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(pool -> pool.getType() == MemoryType.HEAP)
              .mapToLong(pool -> pool.getPeakUsage().getUsed())
              .sum();
      System.out.printf(
          "JSON Lines: %,d records (%,d MB) written in %.1f s and read in %.1f s, with a %d MB heap (peak use of the heap pools: %d MB)%n",
          count,
          Files.size(file) >> 20,
          (written - start) / 1e9,
          (read - written) / 1e9,
          Runtime.getRuntime().maxMemory() >> 20,
          peak >> 20);
      if (count != records) {
        throw new IllegalStateException("read " + count + " records of " + records);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
