package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Leader;
import dev.entente.Party;
import dev.entente.Span;
import dev.entente.Talks;
import dev.entente.Visit;
import dev.entente.testing.DossierGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The queries on Spark, held to answers worked out with the dossier's own queries. */
class EngagementQueriesTest {
  private static final SparkSession SPARK = LocalSpark.session();
  private static Dossier dossier;
  private static Dataset<Conversation> conversations;
  private static Dataset<Visit> visits;
  private static Dataset<Talks> talks;
  private static Dataset<Leader> leaders;
  private static Map<DossierRecord, Set<String>> partiesOfEngagements;

  @BeforeAll
  static void load() {
    dossier = DossierGenerator.withSeed(21).size(600).dossier();
    conversations =
        SPARK.createDataset(dossier.conversations(), RecordEncoders.of(Conversation.class));
    visits = SPARK.createDataset(dossier.visits(), RecordEncoders.of(Visit.class));
    talks = SPARK.createDataset(dossier.talks(), RecordEncoders.of(Talks.class));
    leaders = SPARK.createDataset(dossier.leaders(), RecordEncoders.of(Leader.class));
    partiesOfEngagements = new HashMap<>();
    engagements().forEach(e -> partiesOfEngagements.put(e, partiesByTheDossier(e)));
  }

  @Test
  void counterpartsAreTheDossiersForEveryLeader() {
    Map<String, Map<String, Long>> byLeader = new TreeMap<>();
    for (Row row : EngagementQueries.counterparts(conversations).collectAsList()) {
      byLeader
          .computeIfAbsent(row.getAs("leader"), l -> new TreeMap<>())
          .put(row.getAs("counterpart"), row.getAs("conversations"));
    }

    assertThat(byLeader).isNotEmpty();
    for (Leader leader : dossier.leaders()) {
      List<String> expected = dossier.counterpartsOf(leader.id()).stream().map(Leader::id).toList();
      Map<String, Long> counted = byLeader.getOrDefault(leader.id(), Map.of());
      assertThat(counted.keySet()).as(leader.id()).containsExactlyElementsOf(expected);
      counted.forEach(
          (counterpart, count) ->
              assertThat(count)
                  .isEqualTo(
                      dossier.conversationsOf(leader.id()).stream()
                          .filter(c -> c.participants().contains(counterpart))
                          .count()));
    }
  }

  @Test
  void engagementsPerPairOfPartiesPerYearAreTheDossiers() {
    Map<List<Object>, Long> expected = new HashMap<>();
    for (DossierRecord engagement : engagements()) {
      List<String> parties = new ArrayList<>(partiesOf(engagement));
      for (int i = 0; i < parties.size(); i++) {
        for (int j = i + 1; j < parties.size(); j++) {
          expected.merge(
              List.of(day(engagement).getYear(), parties.get(i), parties.get(j)), 1L, Long::sum);
        }
      }
    }
    Map<List<Object>, Long> counted = new HashMap<>();
    EngagementQueries.engagementsPerPairOfParties(conversations, visits, talks, leaders)
        .collectAsList()
        .forEach(
            row ->
                counted.put(
                    List.of(row.getAs("year"), row.getAs("party"), row.getAs("otherParty")),
                    row.getAs("engagements")));

    assertThat(counted).isNotEmpty().isEqualTo(expected);
  }

  @Test
  void theTimelineOfAPartyIsItsEngagementsByDay() {
    Party busiest =
        dossier.parties().stream()
            .max(
                Comparator.comparing(
                    p -> engagements().stream().filter(e -> partiesOf(e).contains(p.id())).count()))
            .orElseThrow();
    List<String> expected =
        engagements().stream()
            .filter(e -> partiesOf(e).contains(busiest.id()))
            .sorted(
                Comparator.comparing(EngagementQueriesTest::day)
                    .thenComparing(e -> when(e).start().toString())
                    .thenComparing(DossierRecord::id))
            .map(DossierRecord::id)
            .toList();

    List<Row> timeline =
        EngagementQueries.timelineOf(busiest.id(), conversations, visits, talks, leaders)
            .collectAsList();

    assertThat(expected).hasSizeGreaterThan(3);
    assertThat(timeline)
        .extracting(row -> row.<String>getAs("id"))
        .containsExactlyElementsOf(expected);
  }

  private static List<DossierRecord> engagements() {
    List<DossierRecord> all = new ArrayList<>();
    all.addAll(dossier.conversations());
    all.addAll(dossier.visits());
    all.addAll(dossier.talks());
    return all;
  }

  private static Set<String> partiesOf(DossierRecord engagement) {
    return partiesOfEngagements.get(engagement);
  }

  /** The parties of an engagement, by the dossier's own leadersOf, in the order of their ids. */
  private static Set<String> partiesByTheDossier(DossierRecord engagement) {
    Set<String> parties = new TreeSet<>();
    List<String> leaders = new ArrayList<>();
    if (engagement instanceof Conversation c) {
      leaders.addAll(c.participants());
    } else if (engagement instanceof Visit v) {
      leaders.addAll(v.visitors());
      leaders.addAll(v.hosts());
      parties.add(v.host());
    } else {
      ((Talks) engagement).delegations().forEach(d -> parties.add(d.party()));
    }
    for (Party party : dossier.parties()) {
      if (dossier.leadersOf(party.id(), day(engagement)).stream()
          .anyMatch(l -> leaders.contains(l.id()))) {
        parties.add(party.id());
      }
    }
    return parties;
  }

  private static LocalDate day(DossierRecord engagement) {
    return when(engagement).start().firstDay();
  }

  private static Span when(DossierRecord engagement) {
    if (engagement instanceof Conversation c) {
      return c.when();
    }
    return engagement instanceof Visit v ? v.when() : ((Talks) engagement).when();
  }
}
