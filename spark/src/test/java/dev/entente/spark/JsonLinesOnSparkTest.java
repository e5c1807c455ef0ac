package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.entente.Conversation;
import dev.entente.DossierRecord;
import dev.entente.io.EntenteJson;
import dev.entente.io.EntenteJsonException;
import dev.entente.io.JsonLine;
import dev.entente.io.JsonLinesWriter;
import dev.entente.testing.DossierGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines on a local Spark session, held to Entente's single-JVM reader and writer. */
class JsonLinesOnSparkTest {
  private static final SparkSession SPARK = LocalSpark.session();
  private static final EntenteJson JSON = EntenteJson.defaults();
  private static final List<String> BAD_LINES =
      List.of(
          "",
          "{\"id\": tru",
          "{\"id\":\"c\",\"mode\":\"phone-call\"}",
          "{\"id\":\"c\",\"mode\":\"phone-call\",\"participants\":[\"a\",\"b\"],\"when\":{\"start\":\"2021-12-30T15:35\"}}",
          "{\"id\":\"c\",\"mode\":\"telepathy\",\"participants\":[\"a\",\"b\"],\"when\":{\"start\":\"2021\"}}",
          "{\"id\":\"c\",\"mode\":\"phone-call\",\"participants\":[\"a\",\"b\"],\"when\":{\"start\":\"2021\"},\"mood\":\"warm\"}");

  @TempDir static Path directory;
  private static Path input;
  private static List<Conversation> calls;

  @BeforeAll
  static void writeFiles() throws IOException {
    calls = new ArrayList<>();
    for (long seed = 1; seed <= 4; seed++) {
      calls.addAll(DossierGenerator.withSeed(seed).size(150).records(Conversation.class));
    }
    input = Files.createDirectories(directory.resolve("calls"));
    List<String> lines = calls.stream().map(JSON::writeString).collect(Collectors.toList());
    int third = lines.size() / 3;
    write(input.resolve("part-0.jsonl"), lines.subList(0, third));
    List<String> withBadLines = new ArrayList<>(lines.subList(third, 2 * third));
    for (int i = 0; i < BAD_LINES.size(); i++) {
      withBadLines.add(1 + 3 * i, BAD_LINES.get(i));
    }
    write(input.resolve("part-1.jsonl"), withBadLines);
    try (OutputStream gzip =
        new GZIPOutputStream(Files.newOutputStream(input.resolve("part-2.jsonl.gz")))) {
      gzip.write(joined(lines.subList(2 * third, lines.size())));
    }
    Files.writeString(input.resolve("_SUCCESS"), "");
  }

  @Test
  void everyLineIsARecordOrAnErrorAsEntentesReaderReadsIt() throws IOException {
    JsonLinesRead<Conversation> read =
        EntenteSpark.of(SPARK).readLines(Conversation.class, input.toString()).persist();

    List<Conversation> records = read.records().collectAsList();
    List<Row> errors = read.errors().collectAsList();

    assertThat(records).containsExactlyInAnyOrderElementsOf(calls);
    assertThat(read.lines().count()).isEqualTo(calls.size() + BAD_LINES.size());
    List<JsonLine<Conversation>> expected = readAlone(input.resolve("part-1.jsonl"));
    assertThat(errors)
        .extracting(
            row -> row.getString(0).endsWith("/part-1.jsonl"),
            row -> row.getInt(1),
            row -> row.getInt(2),
            row -> row.getString(3),
            row -> row.getString(4),
            row -> row.getString(5))
        .containsExactlyElementsOf(
            expected.stream()
                .filter(line -> !line.isRecord())
                .map(
                    line -> {
                      EntenteJsonException e = line.error().orElseThrow();
                      return tuple(
                          true, e.line(), e.column(), e.kind().name(), e.path(), e.reason());
                    })
                .toList());
    assertThat(errors)
        .extracting(row -> row.getString(3))
        .contains("MALFORMED_JSON", "MISSING_FIELD", "INVALID_VALUE", "UNKNOWN_FIELD");
  }

  @Test
  void askedToFailTheJobFailsAtABadLineNamingIt() {
    Dataset<Conversation> strict =
        EntenteSpark.of(SPARK).readLines(Conversation.class, input.toString()).recordsOrFail();

    assertThatThrownBy(strict::count)
        .hasStackTraceContaining(InvalidLineException.class.getName())
        .hasStackTraceContaining(
            "part-1.jsonl, line 2, column 1: MALFORMED_JSON at $: line 2 is empty");
  }

  @Test
  void recordsWrittenBackAreTheBytesOfEntentesWriter() throws IOException {
    Dataset<Conversation> records =
        EntenteSpark.of(SPARK).readLines(Conversation.class, input.toString()).records();
    Path output = directory.resolve("written");

    EntenteSpark.toJsonLines(records).write().text(output.toString());

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    try (JsonLinesWriter<Conversation> writer = JSON.linesWriter(expected, Conversation.class)) {
      records.collectAsList().forEach(writer::write);
    }
    assertThat(concatenatedParts(output)).isEqualTo(expected.toByteArray());
    // Spark's own output directory reads back, its _SUCCESS and checksum files left aside.
    assertThat(
            EntenteSpark.of(SPARK)
                .readLines(Conversation.class, output.toString())
                .records()
                .collectAsList())
        .containsExactlyInAnyOrderElementsOf(calls);
  }

  @Test
  void aFileThatIsNotThereFailsAtOnce() {
    assertThatThrownBy(
            () ->
                EntenteSpark.of(SPARK)
                    .readLines(Conversation.class, directory.resolve("missing").toString())
                    .lines()
                    .count())
        .hasMessageContaining("missing");
  }

  @Test
  void onlyTheModelsRecordTypesAreRead() {
    assertThatThrownBy(
            () -> EntenteSpark.of(SPARK).readLines(DossierRecord.class, input.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a record type");
  }

  private static List<JsonLine<Conversation>> readAlone(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        Stream<JsonLine<Conversation>> lines = JSON.readLinesOrErrors(in, Conversation.class)) {
      return lines.collect(Collectors.toList());
    }
  }

  private static byte[] concatenatedParts(Path output) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try (Stream<Path> files = Files.list(output)) {
      for (Path part :
          files
              .filter(f -> f.getFileName().toString().startsWith("part-"))
              .sorted(Comparator.comparing(Path::toString))
              .toList()) {
        all.write(Files.readAllBytes(part));
      }
    }
    return all.toByteArray();
  }

  private static void write(Path file, List<String> lines) throws IOException {
    Files.write(file, joined(lines));
  }

  private static byte[] joined(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
