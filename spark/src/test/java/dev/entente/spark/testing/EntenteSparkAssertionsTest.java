package dev.entente.spark.testing;

import static dev.entente.spark.testing.EntenteSparkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.io.EntenteJson;
import dev.entente.spark.EntenteSpark;
import dev.entente.spark.RecordEncoders;
import dev.entente.testing.DossierGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntenteSparkAssertionsTest {
  private static final SparkSession SPARK = SparkSession.builder().master("local[2]").getOrCreate();
  private static final List<Conversation> CALLS =
      DossierGenerator.withSeed(5).size(60).records(Conversation.class);

  @Test
  void aDataSetWithTheExpectedRecordsInAnyOrderPasses() {
    List<Conversation> reversed = new ArrayList<>(CALLS);
    Collections.reverse(reversed);

    assertThat(dataset(CALLS)).containsExactlyRecords(reversed).hasRecordCount(CALLS.size());
  }

  @Test
  void aDifferenceIsToldRecordByRecordAndFieldByField() {
    Conversation first = CALLS.get(0);
    ConversationMode other =
        first.mode() == ConversationMode.PHONE_CALL
            ? ConversationMode.VIDEO_CALL
            : ConversationMode.PHONE_CALL;
    List<Conversation> actual = new ArrayList<>(CALLS.subList(0, CALLS.size() - 1));
    actual.set(0, Conversation.builder().from(first).mode(other).build());
    Conversation missing = CALLS.get(CALLS.size() - 1);

    assertThatThrownBy(() -> assertThat(dataset(actual)).containsExactlyRecords(CALLS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("- conversation \"" + missing.id() + "\"")
        .hasMessageContaining("~ conversation \"" + first.id() + "\"")
        .hasMessageContaining("mode: " + first.mode() + " -> " + other);
  }

  @Test
  void recordsWithOneIdTwiceCannotBeCompared() {
    List<Conversation> twice = List.of(CALLS.get(0), CALLS.get(0));

    assertThatThrownBy(() -> assertThat(dataset(twice)).containsExactlyRecords(CALLS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("two records of after have the id");
    assertThatThrownBy(() -> assertThat(dataset(CALLS)).hasRecordCount(CALLS.size() + 1))
        .hasMessageContaining(
            "to hold " + (CALLS.size() + 1) + " records, but it holds " + CALLS.size());
  }

  @Test
  void aReadWithoutErrorsPassesAndOneWithErrorsListsThem(@TempDir Path directory)
      throws IOException {
    Path clean = directory.resolve("clean.jsonl");
    Path broken = directory.resolve("broken.jsonl");
    String lines =
        CALLS.stream()
            .map(EntenteJson.defaults()::writeString)
            .reduce("", (all, line) -> all + line + "\n");
    Files.writeString(clean, lines, StandardCharsets.UTF_8);
    Files.writeString(broken, lines + "{\"id\":\"x\"}\n", StandardCharsets.UTF_8);
    EntenteSpark entente = EntenteSpark.of(SPARK);

    assertThat(entente.readLines(Conversation.class, clean.toString())).hasNoErrors();
    assertThatThrownBy(
            () ->
                assertThat(entente.readLines(Conversation.class, broken.toString())).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 were refused")
        .hasMessageContaining(
            "broken.jsonl, line " + (CALLS.size() + 1) + ", column 1: MISSING_FIELD at $");
  }

  private static Dataset<Conversation> dataset(List<Conversation> calls) {
    return SPARK.createDataset(calls, RecordEncoders.of(Conversation.class));
  }
}
