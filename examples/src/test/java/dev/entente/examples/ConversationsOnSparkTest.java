package dev.entente.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.Conversation;
import dev.entente.io.EntenteJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark example on a local session, its answers worked out again from its files in one JVM. */
class ConversationsOnSparkTest {
  private static final SparkSession SPARK =
      SparkSession.builder()
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();

  @AfterAll
  static void stop() {
    SPARK.stop();
  }

  @Test
  void readsChecksAndAsksAsOneJvmWould(@TempDir Path folder) throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    ConversationsOnSpark.Outcome outcome =
        ConversationsOnSpark.run(
            SPARK, 3_000, folder, new PrintStream(printed, true, StandardCharsets.UTF_8));

    List<Conversation> written = readAll(folder);
    assertThat(written).hasSize(3_000);
    assertThat(outcome.records()).isEqualTo(3_000);
    assertThat(outcome.errors()).isZero();
    assertThat(outcome.problems()).isZero();
    Set<List<String>> pairs = new HashSet<>();
    Map<List<Object>, Long> perStatesAndYear = new HashMap<>();
    for (Conversation call : written) {
      String a = call.participants().get(0);
      String b = call.participants().get(1);
      pairs.add(List.of(a, b));
      pairs.add(List.of(b, a));
      List<String> states = new ArrayList<>(List.of(stateOf(a), stateOf(b)));
      states.sort(Comparator.naturalOrder());
      perStatesAndYear.merge(
          List.of(call.when().start().firstDay().getYear(), states.get(0), states.get(1)),
          1L,
          Long::sum);
    }
    assertThat(outcome.counterpartPairs()).isEqualTo(pairs.size());
    List<Object> busiest =
        perStatesAndYear.entrySet().stream()
            .sorted(
                Comparator.<Map.Entry<List<Object>, Long>, Long>comparing(Map.Entry::getValue)
                    .reversed()
                    .thenComparing(e -> (Integer) e.getKey().get(0))
                    .thenComparing(e -> (String) e.getKey().get(1))
                    .thenComparing(e -> (String) e.getKey().get(2)))
            .map(
                e ->
                    List.<Object>of(
                        e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getValue()))
            .findFirst()
            .orElseThrow();
    assertThat(
            List.<Object>of(
                outcome.busiestPair().getAs("year"),
                outcome.busiestPair().getAs("party"),
                outcome.busiestPair().getAs("otherParty"),
                outcome.busiestPair().getAs("engagements")))
        .isEqualTo(busiest);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Generated and wrote 3,000 conversations as JSON Lines in ")
        .contains("Read 3,000 conversations back, 0 lines refused: ")
        .contains("Checked the rules across 3,330 records: 0 problems, ")
        .contains(
            String.format(
                "%,d pairs of leaders spoke; the busiest pair of states in a year: ",
                pairs.size()));
  }

  /** Every line of the part files Spark wrote, read by the one-JVM reader. */
  private static List<Conversation> readAll(Path folder) throws IOException {
    List<Conversation> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path part : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
        try (InputStream in = Files.newInputStream(part);
            Stream<Conversation> lines = EntenteJson.defaults().readLines(in, Conversation.class)) {
          lines.forEach(all::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return all;
  }

  /** The state of a generated leader, from its id: {@code leader-fr-3} acts for {@code fr}. */
  private static String stateOf(String leader) {
    return leader.substring("leader-".length(), leader.lastIndexOf('-'));
  }
}
