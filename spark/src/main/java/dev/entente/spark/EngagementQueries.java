package dev.entente.spark;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import dev.entente.Conversation;
import dev.entente.DossierRecord;
import dev.entente.Leader;
import dev.entente.Office;
import dev.entente.Span;
import dev.entente.Talks;
import dev.entente.Visit;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Questions about engagements at scale: who spoke with whom, which parties engaged each other in
 * which year, and the timeline of one party. The engagements are conversations, visits and talks;
 * their parties are the parties of their leaders' offices held on the engagement's first day (as
 * {@link Office#isHeldOn(LocalDate)} tells, the way {@code Dossier.leadersOf} counts them), a
 * visit's host party and the parties of a talks' delegations.
 *
 * <p>The leaders are sent to every executor, as they are few beside the engagements; each
 * engagement's parties are then found where it is. Each answer is a {@code Dataset<Row>}, to be
 * joined, filtered and written as any other; the columns are named in each method.
 */
public final class EngagementQueries {
  private static final StructType ENGAGEMENT =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("recordKind", DataTypes.StringType, false),
              DataTypes.createStructField("id", DataTypes.StringType, false),
              DataTypes.createStructField("day", DataTypes.DateType, false),
              DataTypes.createStructField("start", DataTypes.StringType, false),
              DataTypes.createStructField(
                  "parties", DataTypes.createArrayType(DataTypes.StringType, false), false)));

  private static final StructType PAIR =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("year", DataTypes.IntegerType, false),
              DataTypes.createStructField("party", DataTypes.StringType, false),
              DataTypes.createStructField("otherParty", DataTypes.StringType, false)));

  private EngagementQueries() {}

  /**
   * Counts the conversations of each leader with each other participant: for every leader, the
   * counterparts of {@code Dossier.counterpartsOf}.
   *
   * @param conversations the conversations
   * @return {@code leader}, {@code counterpart} and {@code conversations} (a count), one row for
   *     each ordered pair of participants who took part in a conversation together
   */
  public static Dataset<Row> counterparts(Dataset<Conversation> conversations) {
    return conversations
        .select(explode(col("participants")).as("leader"), col("participants"))
        .select(col("leader"), explode(col("participants")).as("counterpart"))
        .filter(col("leader").notEqual(col("counterpart")))
        .groupBy("leader", "counterpart")
        .agg(count(lit(1)).as("conversations"));
  }

  /**
   * Counts the engagements between each pair of parties in each year of their first day.
   *
   * @param conversations the conversations
   * @param visits the visits
   * @param talks the talks
   * @param leaders the leaders, whose offices give the parties they engage for
   * @return {@code year}, {@code party} and {@code otherParty} (the pair in the order of their ids,
   *     each pair once) and {@code engagements} (a count)
   */
  public static Dataset<Row> engagementsPerPairOfParties(
      Dataset<Conversation> conversations,
      Dataset<Visit> visits,
      Dataset<Talks> talks,
      Dataset<Leader> leaders) {
    return partiesOfEngagements(conversations, visits, talks, leaders)
        .flatMap((FlatMapFunction<Row, Row>) EngagementQueries::pairs, Encoders.row(PAIR))
        .groupBy("year", "party", "otherParty")
        .agg(count(lit(1)).as("engagements"));
  }

  /**
   * Returns the timeline of a party: the engagements it took part in, by their first day.
   *
   * @param party the party's id
   * @param conversations the conversations
   * @param visits the visits
   * @param talks the talks
   * @param leaders the leaders, whose offices give the parties they engage for
   * @return {@code day} (the first day of the engagement's start), {@code start} (as the record
   *     states it), {@code recordKind} (a name of {@code RecordKind}) and {@code id}, ordered by
   *     day, then start and id
   */
  public static Dataset<Row> timelineOf(
      String party,
      Dataset<Conversation> conversations,
      Dataset<Visit> visits,
      Dataset<Talks> talks,
      Dataset<Leader> leaders) {
    Objects.requireNonNull(party, "party");
    return partiesOfEngagements(conversations, visits, talks, leaders)
        .filter(array_contains(col("parties"), party))
        .select("day", "start", "recordKind", "id")
        .orderBy("day", "start", "id");
  }

  /**
   * One row for each engagement: {@code recordKind}, {@code id}, {@code day}, {@code start} and
   * {@code parties} (each once, in the order of their ids).
   */
  static Dataset<Row> partiesOfEngagements(
      Dataset<Conversation> conversations,
      Dataset<Visit> visits,
      Dataset<Talks> talks,
      Dataset<Leader> leaders) {
    Map<String, String> leadersJson = new HashMap<>();
    // Sent as JSON, since records are not Serializable; decoded once where they are used.
    for (Leader leader : leaders.collectAsList()) {
      leadersJson.put(leader.id(), RecordRows.Json.ENTENTE.writeString(leader));
    }
    Broadcast<Map<String, String>> sent =
        JavaSparkContext.fromSparkContext(leaders.sparkSession().sparkContext())
            .broadcast(leadersJson);
    return engagements(conversations, sent)
        .unionByName(engagements(visits, sent))
        .unionByName(engagements(talks, sent));
  }

  private static <T extends DossierRecord> Dataset<Row> engagements(
      Dataset<T> records, Broadcast<Map<String, String>> leaders) {
    return records.mapPartitions(
        (MapPartitionsFunction<T, Row>)
            partition -> {
              OfficesOfLeaders offices = new OfficesOfLeaders(leaders.value());
              return Partitions.stream(partition)
                  .map(record -> engagement(record, offices))
                  .iterator();
            },
        Encoders.row(ENGAGEMENT));
  }

  /** The offices of the leaders sent, each leader decoded at its first use in a partition. */
  private static final class OfficesOfLeaders {
    private final Map<String, String> json;
    private final Map<String, List<Office>> decoded = new HashMap<>();

    OfficesOfLeaders(Map<String, String> json) {
      this.json = json;
    }

    List<Office> of(String leader) {
      return decoded.computeIfAbsent(
          leader,
          id -> {
            String line = json.get(id);
            return line == null
                ? List.of()
                : RecordRows.Json.ENTENTE.read(line, Leader.class).offices();
          });
    }
  }

  /** An engagement's row: its leaders' parties on its first day, and the parties it names. */
  private static Row engagement(DossierRecord record, OfficesOfLeaders offices) {
    List<String> leaders = new ArrayList<>();
    TreeSet<String> parties = new TreeSet<>();
    Span when;
    if (record instanceof Conversation conversation) {
      when = conversation.when();
      leaders.addAll(conversation.participants());
    } else if (record instanceof Visit visit) {
      when = visit.when();
      leaders.addAll(visit.visitors());
      leaders.addAll(visit.hosts());
      parties.add(visit.host());
    } else {
      Talks talks = (Talks) record;
      when = talks.when();
      talks.delegations().forEach(delegation -> parties.add(delegation.party()));
    }
    LocalDate day = when.start().firstDay();
    for (String leader : leaders) {
      for (Office office : offices.of(leader)) {
        if (office.isHeldOn(day)) {
          parties.add(office.party());
        }
      }
    }
    return RowFactory.create(
        record.recordKind().name(),
        record.id(),
        Date.valueOf(day),
        when.start().toString(),
        parties.toArray(new String[0]));
  }

  /** Every pair of an engagement's parties, in the order of their ids, with its year. */
  private static Iterator<Row> pairs(Row engagement) {
    int year = engagement.<Date>getAs("day").toLocalDate().getYear();
    List<String> parties = engagement.getList(engagement.fieldIndex("parties"));
    List<Row> pairs = new ArrayList<>();
    for (int i = 0; i < parties.size(); i++) {
      for (int j = i + 1; j < parties.size(); j++) {
        pairs.add(RowFactory.create(year, parties.get(i), parties.get(j)));
      }
    }
    return pairs.iterator();
  }
}
