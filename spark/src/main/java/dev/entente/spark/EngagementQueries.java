package dev.entente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.year;

import dev.entente.Conversation;
import dev.entente.DossierRecord;
import dev.entente.Leader;
import dev.entente.Office;
import dev.entente.Role;
import dev.entente.Span;
import dev.entente.Talks;
import dev.entente.TimePoint;
import dev.entente.Visit;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Questions about engagements at scale: who spoke with whom, which parties engaged each other in
 * which year, and the timeline of one party. The engagements are conversations, visits and talks;
 * their parties are the parties of their leaders' offices held on the engagement's first day (as
 * {@link Office#isHeldOn(LocalDate)} tells, the way {@code Dossier.leadersOf} counts them), a
 * visit's host party and the parties of a talks' delegations.
 *
 * <p>Each answer is a {@code Dataset<Row>}, to be joined, filtered and written as any other; the
 * columns are named in each method.
 */
public final class EngagementQueries {
  private static final StructType ENGAGEMENT_PARTY =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("recordKind", DataTypes.StringType, false),
              DataTypes.createStructField("id", DataTypes.StringType, false),
              DataTypes.createStructField("day", DataTypes.DateType, false),
              DataTypes.createStructField("start", DataTypes.StringType, false),
              DataTypes.createStructField("leader", DataTypes.StringType, true),
              DataTypes.createStructField("party", DataTypes.StringType, true)));

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
    Dataset<Row> participations =
        conversations.select(col("id"), explode(col("participants")).as("leader"));
    return participations
        .as("a")
        .join(participations.as("b"), "id")
        .filter(col("a.leader").notEqual(col("b.leader")))
        .groupBy(col("a.leader").as("leader"), col("b.leader").as("counterpart"))
        .agg(count("id").as("conversations"));
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
    Dataset<Row> parties = partiesOfEngagements(conversations, visits, talks, leaders);
    Dataset<Row> others =
        parties.select(
            col("recordKind").as("otherKind"),
            col("id").as("otherId"),
            col("party").as("otherParty"));
    return parties
        .join(
            others,
            col("recordKind").equalTo(col("otherKind")).and(col("id").equalTo(col("otherId"))))
        .filter(col("party").lt(col("otherParty")))
        .groupBy(year(col("day")).as("year"), col("party"), col("otherParty"))
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
        .filter(col("party").equalTo(party))
        .select("day", "start", "recordKind", "id")
        .distinct()
        .orderBy("day", "start", "id");
  }

  /**
   * One row for each party of each engagement, each once: {@code recordKind}, {@code id}, {@code
   * day}, {@code start} and {@code party}.
   */
  static Dataset<Row> partiesOfEngagements(
      Dataset<Conversation> conversations,
      Dataset<Visit> visits,
      Dataset<Talks> talks,
      Dataset<Leader> leaders) {
    Dataset<Row> facts = facts(conversations).unionByName(facts(visits)).unionByName(facts(talks));
    // Every office with a term, from the leaders' columns; an office without one covers no day.
    Dataset<Row> offices =
        leaders
            .select(col("id").as("holder"), explode(col("offices")).as("office"))
            .filter(col("office.term").isNotNull())
            .select(
                col("holder"),
                col("office.party").as("officeParty"),
                col("office.term.start").as("termStart"),
                col("office.term.end").as("termEnd"));
    Dataset<Row> byOffice =
        facts
            .join(offices, col("leader").equalTo(col("holder")))
            .filter((FilterFunction<Row>) EngagementQueries::officeHeldOnTheDay)
            .select(
                col("recordKind"),
                col("id"),
                col("day"),
                col("start"),
                col("officeParty").as("party"));
    Dataset<Row> named =
        facts.filter(col("party").isNotNull()).select("recordKind", "id", "day", "start", "party");
    return byOffice.unionByName(named).distinct();
  }

  /** Whether the office of a joined row covers the engagement's first day, as its term says. */
  private static boolean officeHeldOnTheDay(Row row) {
    String end = row.getAs("termEnd");
    Span term =
        end == null
            ? Span.of(TimePoint.parse(row.<String>getAs("termStart")))
            : Span.of(TimePoint.parse(row.<String>getAs("termStart")), TimePoint.parse(end));
    // The role plays no part in whether a term covers a day.
    Office office =
        Office.builder().party(row.getAs("officeParty")).role(Role.OFFICIAL).term(term).build();
    return office.isHeldOn(row.<Date>getAs("day").toLocalDate());
  }

  private static <T extends DossierRecord> Dataset<Row> facts(Dataset<T> records) {
    return records.flatMap(
        (FlatMapFunction<T, Row>) record -> factsOf(record).iterator(),
        Encoders.row(ENGAGEMENT_PARTY));
  }

  /** The leaders and the named parties of an engagement, one row each. */
  private static List<Row> factsOf(DossierRecord record) {
    List<String> leaders = new ArrayList<>();
    List<String> parties = new ArrayList<>();
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
    Object[] engagement = {
      record.recordKind().name(),
      record.id(),
      Date.valueOf(when.start().firstDay()),
      when.start().toString()
    };
    List<Row> rows = new ArrayList<>();
    leaders.forEach(leader -> rows.add(row(engagement, leader, null)));
    parties.forEach(party -> rows.add(row(engagement, null, party)));
    return rows;
  }

  private static Row row(Object[] engagement, @Nullable String leader, @Nullable String party) {
    return RowFactory.create(
        engagement[0], engagement[1], engagement[2], engagement[3], leader, party);
  }
}
