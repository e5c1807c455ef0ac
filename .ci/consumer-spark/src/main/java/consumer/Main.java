package consumer;

import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.DossierRecord;
import dev.entente.Leader;
import dev.entente.Office;
import dev.entente.Party;
import dev.entente.PartyKind;
import dev.entente.Role;
import dev.entente.Span;
import dev.entente.TimePoint;
import dev.entente.CountryCode;
import dev.entente.spark.EngagementQueries;
import dev.entente.spark.EntenteSpark;
import dev.entente.spark.JsonLinesRead;
import dev.entente.spark.RecordEncoders;
import dev.entente.spark.RulesOnSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

/** Writes, reads, checks and queries a few records on a local Spark session, and says how it went. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws IOException {
    SparkSession spark =
        SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    List<Party> parties =
        List.of(
            Party.builder().id("ru").kind(PartyKind.STATE).name("Russia").country(CountryCode.of("RU")).build(),
            Party.builder().id("us").kind(PartyKind.STATE).name("United States").country(CountryCode.of("US")).build());
    List<Leader> leaders =
        List.of(
            Leader.builder().id("putin").name("Vladimir Putin").addOffice(Office.of("ru", Role.HEAD_OF_STATE)).build(),
            Leader.builder().id("biden").name("Joe Biden").addOffice(Office.of("us", Role.HEAD_OF_STATE)).build());
    List<Conversation> calls =
        List.of(
            Conversation.builder()
                .id("call")
                .mode(ConversationMode.PHONE_CALL)
                .addParticipants("putin", "biden")
                .when(Span.of(TimePoint.parse("2021-12-30T15:35-05:00"), Duration.ofMinutes(50)))
                .build());
    Path directory = Files.createTempDirectory("calls");
    Path lines = directory.resolve("lines");
    EntenteSpark entente = EntenteSpark.of(spark);
    EntenteSpark.toJsonLines(spark.createDataset(calls, RecordEncoders.of(Conversation.class)))
        .write()
        .text(lines.toString());
    JsonLinesRead<Conversation> read = entente.readLines(Conversation.class, lines.toString());
    System.out.println("read back: " + (read.records().collectAsList().equals(calls) ? "equal" : "different")
        + ", " + read.errors().count() + " errors");
    List<Dataset<? extends DossierRecord>> all =
        List.of(
            spark.createDataset(parties, RecordEncoders.of(Party.class)),
            spark.createDataset(leaders, RecordEncoders.of(Leader.class)),
            read.records());
    System.out.println("problems: " + RulesOnSpark.problems(all).count());
    System.out.println("counterparts: " + EngagementQueries.counterparts(read.records()).count());
    spark.stop();
  }
}
