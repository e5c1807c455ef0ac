package dev.entente.examples;

import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.CountryCode;
import dev.entente.DossierRecord;
import dev.entente.Leader;
import dev.entente.Office;
import dev.entente.Party;
import dev.entente.PartyKind;
import dev.entente.Role;
import dev.entente.Span;
import dev.entente.Talks;
import dev.entente.TimePoint;
import dev.entente.Visit;
import dev.entente.io.EntenteJson;
import dev.entente.spark.EngagementQueries;
import dev.entente.spark.EntenteSpark;
import dev.entente.spark.JsonLinesRead;
import dev.entente.spark.RecordEncoders;
import dev.entente.spark.RulesOnSpark;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Entente on Spark at scale: generates conversations among 300 leaders of 30 states and writes them
 * as JSON Lines, reads them back with Entente's reader (every line a record or an error), checks
 * the rules across records with joins, and asks who spoke with whom and which states engaged most,
 * timing each step.
 *
 * <p>Arguments: the number of conversations (10,000,000 by default) and the folder to write them to
 * (a temporary folder by default). Run it on the local machine with the JDK options Spark needs
 * (the {@code spark.jvm.options} of the build's parent POM), or with {@code spark-submit} on a
 * cluster, whose master it then uses.
 */
public final class ConversationsOnSpark {
  private static final String[] STATES = {
    "AR", "AU", "BR", "CA", "CN", "DE", "EG", "ES", "FR", "GB", "ID", "IL", "IN", "IR", "IT", "JP",
    "KR", "MX", "NG", "PK", "PL", "RU", "SA", "TH", "TR", "UA", "US", "VN", "ZA", "KE"
  };
  private static final int LEADERS_PER_STATE = 10;
  private static final int LEADERS = STATES.length * LEADERS_PER_STATE;
  private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  private static final int DAYS = 9_497; // to the end of 2025

  private final SparkSession spark;
  private final PrintStream out;

  private ConversationsOnSpark(SparkSession spark, PrintStream out) {
    this.spark = spark;
    this.out = out;
  }

  /**
   * Runs the example.
   *
   * @param args optionally, the number of conversations and the folder to write them to
   * @throws IOException if the temporary folder cannot be made
   */
  public static void main(String[] args) throws IOException {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("conversations");
    SparkSession spark =
        SparkSession.builder()
            .appName("entente-conversations-on-spark")
            .config("spark.master", System.getProperty("spark.master", "local[*]"))
            .config("spark.ui.enabled", "false")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      run(spark, count, folder, System.out);
    } finally {
      spark.stop();
    }
  }

  /** What the run found, for its test. */
  record Outcome(
      long records, long errors, long problems, long counterpartPairs, Row busiestPair) {}

  static Outcome run(SparkSession spark, long count, Path folder, PrintStream out) {
    return new ConversationsOnSpark(spark, out).generateReadCheckAndAsk(count, folder.toString());
  }

  private Outcome generateReadCheckAndAsk(long count, String folder) {
    PeakHeap heap = new PeakHeap();
    long start = System.nanoTime();
    int files = Math.max(1, spark.sparkContext().defaultParallelism() * 4);
    spark
        .range(0, count, 1, files)
        .map((MapFunction<Long, String>) ConversationsOnSpark::line, Encoders.STRING())
        .write()
        .mode(SaveMode.Overwrite)
        .text(folder);
    out.printf(
        "Generated and wrote %,d conversations as JSON Lines in %d files: %s%n",
        count, files, since(start));

    start = System.nanoTime();
    JsonLinesRead<Conversation> read =
        EntenteSpark.of(spark).readLines(Conversation.class, folder).persist();
    long records = read.records().count();
    long errors = read.errors().count();
    out.printf(
        "Read %,d conversations back, %,d lines refused: %s%n", records, errors, since(start));

    start = System.nanoTime();
    List<Dataset<? extends DossierRecord>> dossier = new ArrayList<>();
    dossier.add(spark.createDataset(parties(), RecordEncoders.of(Party.class)));
    dossier.add(leaders());
    dossier.add(read.records());
    long problems = RulesOnSpark.problems(dossier).count();
    out.printf(
        "Checked the rules across %,d records: %,d problems, %s%n",
        records + STATES.length + LEADERS, problems, since(start));

    start = System.nanoTime();
    long pairs = EngagementQueries.counterparts(read.records()).count();
    Row busiest =
        EngagementQueries.engagementsPerPairOfParties(
                read.records(),
                spark.emptyDataset(RecordEncoders.of(Visit.class)),
                spark.emptyDataset(RecordEncoders.of(Talks.class)),
                leaders())
            .orderBy(
                functions.col("engagements").desc(),
                functions.col("year"),
                functions.col("party"),
                functions.col("otherParty"))
            .first();
    out.printf(
        "%,d pairs of leaders spoke; the busiest pair of states in a year: %s and %s in %d, %,d conversations: %s%n",
        pairs,
        busiest.getAs("party"),
        busiest.getAs("otherParty"),
        busiest.<Integer>getAs("year"),
        busiest.<Long>getAs("engagements"),
        since(start));
    heap.stop();
    out.printf(
        "Peak heap in use in this JVM (the driver, and the executors when local): %,d MB of %,d MB%n",
        heap.megabytes(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    read.lines().unpersist();
    return new Outcome(records, errors, problems, pairs, busiest);
  }

  /** One conversation's line: two leaders of different states on a day, all from the number. */
  private static String line(long number) {
    long mixed = mix(number);
    int first = (int) Long.remainderUnsigned(mixed, LEADERS);
    int other =
        (int)
            Long.remainderUnsigned(
                mixed >>> 20, STATES.length * LEADERS_PER_STATE - LEADERS_PER_STATE);
    // Skip the first leader's own state, so the two are of different states.
    int state = first / LEADERS_PER_STATE;
    int second = other < state * LEADERS_PER_STATE ? other : other + LEADERS_PER_STATE;
    Conversation conversation =
        Conversation.builder()
            .id("call-" + number)
            .mode(ConversationMode.PHONE_CALL)
            .addParticipants(leaderId(first), leaderId(second))
            .when(
                Span.of(
                    TimePoint.ofDay(
                        FIRST_DAY.plusDays(Long.remainderUnsigned(mixed >>> 40, DAYS)))))
            .build();
    return Json.ENTENTE.writeString(conversation);
  }

  /** SplitMix64's finaliser: a well-spread number from each counter. */
  private static long mix(long number) {
    long z = number + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static String leaderId(int index) {
    return "leader-"
        + STATES[index / LEADERS_PER_STATE].toLowerCase(Locale.ROOT)
        + "-"
        + index % LEADERS_PER_STATE;
  }

  private static List<Party> parties() {
    List<Party> parties = new ArrayList<>();
    for (String state : STATES) {
      parties.add(
          Party.builder()
              .id(state.toLowerCase(Locale.ROOT))
              .kind(PartyKind.STATE)
              .name("State " + state)
              .country(CountryCode.of(state))
              .build());
    }
    return parties;
  }

  private Dataset<Leader> leaders() {
    List<Leader> leaders = new ArrayList<>();
    for (int i = 0; i < LEADERS; i++) {
      leaders.add(
          Leader.builder()
              .id(leaderId(i))
              .name("Leader " + (i + 1))
              .addOffice(
                  Office.builder()
                      .party(STATES[i / LEADERS_PER_STATE].toLowerCase(Locale.ROOT))
                      .role(Role.MINISTER)
                      .term(Span.of(TimePoint.ofDay(LocalDate.of(1999, 1, 1))))
                      .build())
              .build());
    }
    return spark.createDataset(leaders, RecordEncoders.of(Leader.class));
  }

  /** The most heap in use at once, sampled every 50 ms while the example runs. */
  private static final class PeakHeap {
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;

    PeakHeap() {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      sampler =
          new Thread(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(50);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "peak-heap");
      sampler.setDaemon(true);
      sampler.start();
    }

    long megabytes() {
      return peak.get() / (1024 * 1024);
    }

    void stop() {
      sampler.interrupt();
    }
  }

  private static String since(long start) {
    return String.format("%.1f s", (System.nanoTime() - start) / 1e9);
  }

  /** Entente's reader and writer, made once in each JVM that runs a task. */
  private static final class Json {
    static final EntenteJson ENTENTE = EntenteJson.defaults();

    private Json() {}
  }
}
