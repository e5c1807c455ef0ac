package dev.entente.formats.plover;

import static dev.entente.testing.MinimalRecords.agreement;
import static dev.entente.testing.MinimalRecords.leader;
import static dev.entente.testing.MinimalRecords.party;
import static dev.entente.testing.MinimalRecords.state;
import static dev.entente.testing.MinimalRecords.talks;
import static dev.entente.testing.MinimalRecords.topic;
import static dev.entente.testing.MinimalRecords.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Agreement;
import dev.entente.Coordinates;
import dev.entente.Dossier;
import dev.entente.Milestone;
import dev.entente.Place;
import dev.entente.PlacePrecision;
import dev.entente.Span;
import dev.entente.Stage;
import dev.entente.Talks;
import dev.entente.TalksFormat;
import dev.entente.TalksStatus;
import dev.entente.TimePoint;
import dev.entente.TimelineEntry;
import dev.entente.Visit;
import dev.entente.VisitKind;
import dev.entente.formats.NotExported;
import dev.entente.formats.RealData;
import dev.entente.testing.December2021;
import dev.entente.testing.DossierGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PloverExportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void exportsTheDecember2021DossierAsPloverEventsAndAccountsForTheRest() {
    PloverExport export = PloverExport.of(December2021.dossier());

    assertThat(PloverConformance.check(export.toJsonLines())).isEqualTo(9);
    assertThat(export.eventsByCategory())
        .containsExactly(Map.entry("CONSULT", 2), Map.entry("AGREE", 7));
    assertThat(export.notExported())
        .extracting(NotExported::id)
        .containsExactly("draft-2021-12-15-1#2", "draft-2021-12-15-2#2");
    assertThat(export.notExported().get(0).reason()).startsWith("published: no one acts");
    assertThat(export.unmappedTopics())
        .containsExactlyInAnyOrder("bilateral-relations", "security-guarantees", "ukraine");
  }

  @Test
  void writesThePhoneCallAsAConsultByPhoneAtItsLocalTimesWithBothLeadersAsActors() {
    String call = line(PloverExport.of(December2021.dossier()), "phone-call-2021-12-30");

    assertThat(call)
        .isEqualTo(
            "{\"id\":\"phone-call-2021-12-30\",\"date\":\"2021-12-30\",\"time\":\"15:35-05:00\","
                + "\"enddate\":\"2021-12-30\",\"endtime\":\"16:25-05:00\",\"actor\":["
                + "{\"code\":\"RUS\",\"sector\":\"GOV\",\"entity_text\":\"Vladimir Putin\","
                + "\"identifier_id\":\"Q7747\",\"identifier_text\":\"Vladimir Putin\","
                + "\"office\":\"President of Russia\",\"entente_id\":\"putin\"},"
                + "{\"code\":\"USA\",\"sector\":\"GOV\",\"entity_text\":\"Joe Biden\","
                + "\"identifier_id\":\"Q6279\",\"identifier_text\":\"Joe Biden\","
                + "\"office\":\"President of the United States\",\"entente_id\":\"biden\"}],"
                + "\"event\":[\"CONSULT\"],\"event_text\":[\"To continue discussing the issues"
                + " previously discussed and to amend the details about the contacts that the two"
                + " countries will conduct next January.\"],\"quad_code\":1,\"mode\":[\"phone\"],"
                + "\"context\":[\"diplomatic\",\"military\"],\"cite_info\":{\"citation\":"
                + "\"kremlin-readout-2021-12-31\",\"publication\":\"Kremlin press service\"},"
                + "\"entente_duration\":\"PT50M\",\"entente_kind\":\"conversation\",\"entente_mode\":\"phone-call\"}");
  }

  @Test
  void codesScheduledTalksAsAnAgreementToMeetOnTheDayTheyWereReported() {
    JsonNode geneva =
        JSON.readTree(line(PloverExport.of(December2021.dossier()), "talks-2022-01-10-geneva"));

    assertThat(geneva.get("event").get(0).stringValue()).isEqualTo("AGREE");
    assertThat(geneva.get("date").stringValue()).isEqualTo("2021-12-31");
    assertThat(geneva.get("cite_info").get("citation").stringValue())
        .isEqualTo("prensa-latina-report-2021-12-31");
    assertThat(geneva.get("event_loc").toString())
        .isEqualTo(
            "{\"resolved_place\":\"Geneva\",\"city\":\"Geneva\",\"country\":\"Switzerland\","
                + "\"country_code\":\"CHE\",\"resolution\":4}");
  }

  @Test
  void exportsEveryVisitAndTripOfTheOfficeOfTheHistorianAsAConsultOfModeVisit() {
    Dossier history = RealData.dossier();
    PloverExport export = PloverExport.of(history);

    assertThat(PloverConformance.check(export.toJsonLines())).isEqualTo(7_535);
    assertThat(export.eventsByCategory()).containsExactly(Map.entry("CONSULT", 7_535));
    assertThat(export.notExported()).isEmpty();
    JsonNode trip = JSON.readTree(line(export, "trip-4113"));
    assertThat(trip.get("mode").toString()).isEqualTo("[\"visit\"]");
    assertThat(trip.get("date").stringValue()).isEqualTo("2021-06-09");
    assertThat(trip.get("enddate").stringValue()).isEqualTo("2021-06-13");
    assertThat(trip.get("actor").get(0).get("code").stringValue()).isEqualTo("USA");
  }

  @Test
  void givesHeldTalksTheConsultModeOfTheirFormatAndHost() {
    Talks bilateral = talks("bilateral", "ru", "us").status(TalksStatus.HELD).build();
    Dossier dossier =
        Dossier.builder()
            .add(state("ru", "RU").build())
            .add(state("us", "US").build())
            .add(state("ch", "CH").build())
            .add(party("un").putIdentifier("wikidata", "Q1065").build())
            .add(party("eu").putIdentifier("wikidata", "Q458").build())
            .add(bilateral)
            .add(Talks.builder().from(bilateral).id("in-geneva").host("ch").build())
            .add(Talks.builder().from(bilateral).id("in-moscow").host("ru").build())
            .add(
                talks("at-the-un", "ru", "un", "eu")
                    .status(TalksStatus.HELD)
                    .format(TalksFormat.MULTILATERAL)
                    .build())
            .build();
    PloverExport export = PloverExport.of(dossier);
    PloverConformance.check(export.toJsonLines());

    assertThat(field(export, "bilateral", "mode")).isNull();
    assertThat(field(export, "in-geneva", "mode")).hasToString("[\"third-party\"]");
    assertThat(field(export, "in-moscow", "mode")).hasToString("[\"visit\"]");
    assertThat(field(export, "in-moscow", "actor").get(0).get("entente_id").stringValue())
        .isEqualTo("us");
    assertThat(field(export, "in-moscow", "recipient").get(0).get("entente_id").stringValue())
        .isEqualTo("ru");
    assertThat(field(export, "at-the-un", "mode")).hasToString("[\"multilateral\"]");
    assertThat(field(export, "at-the-un", "actor").findValuesAsString("code"))
        .containsExactly("RUS", "UNO", "EUR");
  }

  @Test
  void leavesOutTalksThatHaveNoDateForTheirEventAndSaysWhy() {
    Dossier dossier =
        Dossier.builder()
            .add(state("ru", "RU").build())
            .add(state("us", "US").build())
            .add(talks("unannounced", "ru", "us").build())
            .add(talks("called-off", "ru", "us").status(TalksStatus.CANCELLED).build())
            .build();

    assertThat(PloverExport.of(dossier).notExported())
        .containsExactly(
            new NotExported(
                "called-off",
                "cancelled talks are a PLOVER REJECT event dated when they were called off, a date"
                    + " the model does not hold"),
            new NotExported(
                "unannounced",
                "scheduled talks are a PLOVER AGREE event dated when they were announced; they"
                    + " name no announcing statement and cite none"));
  }

  @Test
  void codesAWithdrawalFromATreatyAsASanctionTowardsItsOtherParties() {
    Agreement treaty =
        Agreement.builder()
            .from(agreement("treaty", "su", "us").build())
            .addMilestone(
                Milestone.builder()
                    .stage(Stage.WITHDRAWN)
                    .when(TimePoint.parse("2022-08-02"))
                    .addBy("us")
                    .build())
            .build();
    Dossier dossier =
        Dossier.builder()
            .add(state("su", "SUHH").build())
            .add(state("us", "US").build())
            .add(treaty)
            .build();
    PloverExport export = PloverExport.of(dossier);
    PloverConformance.check(export.toJsonLines());

    JsonNode withdrawal = JSON.readTree(line(export, "treaty#2"));
    assertThat(withdrawal.get("event")).hasToString("[\"SANCTION\"]");
    assertThat(withdrawal.get("quad_code").intValue()).isEqualTo(4);
    assertThat(withdrawal.get("mode")).hasToString("[\"withdraw\"]");
    assertThat(withdrawal.get("recipient").get(0).get("code").stringValue()).isEqualTo("SUN");
    assertThat(withdrawal.get("link").stringValue()).isEqualTo("treaty");
    JsonNode agreed = JSON.readTree(line(export, "treaty#1"));
    assertThat(agreed.get("actor").findValuesAsString("entente_id")).containsExactly("su", "us");
  }

  @Test
  void numbersTwoMilestonesAlikeApart() {
    Agreement twice =
        Agreement.builder()
            .from(agreement("twice", "ru", "us").build())
            .addMilestone(agreement("twice", "ru", "us").build().milestones().get(0))
            .build();
    Dossier dossier =
        Dossier.builder()
            .add(state("ru", "RU").build())
            .add(state("us", "US").build())
            .add(twice)
            .build();

    assertThat(
            PloverExport.of(dossier)
                .toJsonLines()
                .lines()
                .map(l -> JSON.readTree(l).get("id").stringValue()))
        .containsExactly("twice#1", "twice#2");
  }

  @Test
  void keepsAMonthAYearAndAnUncertainOrBoundedDateInItsEdtfExtensionFields() {
    Dossier dossier =
        Dossier.builder()
            .add(state("us", "US").build())
            .add(state("xk", "XK").build())
            .add(leader("envoy", "us").build())
            .add(
                visit("in-1990s", "envoy", "xk")
                    .when(Span.of(TimePoint.parse("1999-06"), TimePoint.parse("[..2000]")))
                    .build())
            .add(
                visit("uncertain", "envoy", "xk")
                    .when(Span.of(TimePoint.parse("2001-02-03?")))
                    .build())
            .build();
    PloverExport export = PloverExport.of(dossier);
    PloverConformance.check(export.toJsonLines());

    JsonNode decade = JSON.readTree(line(export, "in-1990s"));
    assertThat(decade.get("date").stringValue()).isEqualTo("1999-06-01");
    assertThat(decade.get("date_edtf").stringValue()).isEqualTo("1999-06");
    assertThat(decade.get("enddate").stringValue()).isEqualTo("2000-01-01");
    assertThat(decade.get("enddate_edtf").stringValue()).isEqualTo("[..2000]");
    assertThat(decade.get("recipient").get(0).get("code").stringValue()).isEqualTo("KOS");
    JsonNode uncertain = JSON.readTree(line(export, "uncertain"));
    assertThat(uncertain.get("date").stringValue()).isEqualTo("2001-02-03");
    assertThat(uncertain.get("date_edtf").stringValue()).isEqualTo("2001-02-03?");
  }

  @Test
  void writesAPlaceWithItsCoordinatesGeoNamesIdAndResolution() {
    Dossier dossier =
        Dossier.builder()
            .add(state("us", "US").build())
            .add(leader("envoy", "us").build())
            .add(
                Visit.builder()
                    .from(visit("camp-david", "envoy", "us").build())
                    .kind(VisitKind.SUMMIT)
                    .addPlace(
                        Place.builder()
                            .venue("Camp David")
                            .addLocality("Thurmont")
                            .country(dev.entente.CountryCode.of("US"))
                            .coordinates(Coordinates.of(39.648, -77.465))
                            .precision(PlacePrecision.VENUE)
                            .putIdentifier("geonames", "4353765")
                            .build())
                    .build())
            .build();
    PloverExport export = PloverExport.of(dossier);
    PloverConformance.check(export.toJsonLines());

    JsonNode visit = JSON.readTree(line(export, "camp-david"));
    assertThat(visit.get("mode")).hasToString("[\"visit\",\"multilateral\"]");
    assertThat(visit.get("entente_mode").stringValue()).isEqualTo("summit");
    assertThat(visit.get("event_loc"))
        .hasToString(
            "{\"resolved_place\":\"Camp David\",\"geonameid\":4353765,\"lat\":39.648,"
                + "\"lon\":-77.465,\"city\":\"Thurmont\",\"country\":\"United States\","
                + "\"country_code\":\"USA\",\"resolution\":5,\"entente_venue\":\"Camp David\","
                + "\"entente_precision\":\"venue\"}");
  }

  @Test
  void takesContextsFromTheTopicsByTheirWordsOrByAMappingOfTheirIds() {
    Dossier dossier =
        Dossier.builder()
            .add(state("ru", "RU").build())
            .add(state("us", "US").build())
            .add(topic("arms").label("Nuclear arms trade").build())
            .add(topic("grain").label("Grain deal").build())
            .add(
                talks("held", "ru", "us")
                    .status(TalksStatus.HELD)
                    .addAgenda("arms", "grain")
                    .build())
            .build();

    assertThat(field(PloverExport.of(dossier), "held", "context"))
        .hasToString("[\"diplomatic\",\"military\",\"cbrn\",\"economic\"]");
    assertThat(PloverExport.of(dossier).unmappedTopics()).containsExactly("grain");
    PloverContexts mapped =
        PloverContexts.standard().withTopic("grain", "economic", "human_security");
    assertThat(field(PloverExport.of(dossier, mapped), "held", "context"))
        .hasToString("[\"diplomatic\",\"military\",\"cbrn\",\"economic\",\"human_security\"]");
    assertThat(field(PloverExport.of(dossier, PloverContexts.none()), "held", "context")).isNull();
    assertThatThrownBy(() -> PloverContexts.standard().withTopic("grain", "food"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "\"food\" is not a PLOVER context; the contexts are [asylum, cbrn,");
    assertThat(PloverContexts.vocabulary()).hasSize(37);
  }

  @Test
  void writesTheSameLinesToAFile(@TempDir Path folder) throws Exception {
    PloverExport export = PloverExport.of(December2021.dossier());
    Path file = folder.resolve("events.jsonl");

    export.writeTo(file);

    assertThat(Files.readString(file)).isEqualTo(export.toJsonLines()).endsWith("}\n");
  }

  static String line(PloverExport export, String id) {
    List<String> lines =
        export.toJsonLines().lines().filter(l -> l.startsWith("{\"id\":\"" + id + "\"")).toList();
    assertThat(lines).as("the line of %s", id).hasSize(1);
    return lines.get(0);
  }

  private static JsonNode field(PloverExport export, String id, String field) {
    return JSON.readTree(line(export, id)).get(field);
  }

  @Test
  void
      exportsGeneratedDossiersWithEveryFieldWithinPloversVocabulariesAndAccountsForEachEngagement() {
    for (long seed = 1; seed <= 3; seed++) {
      Dossier dossier = DossierGenerator.withSeed(seed).size(300).dossier();
      PloverExport export = PloverExport.of(dossier);

      assertThat(PloverConformance.check(export.toJsonLines())).isEqualTo(export.eventCount());
      long engagements =
          dossier.timeline().stream()
              .map(TimelineEntry::record)
              .filter(r -> !(r instanceof dev.entente.Statement))
              .count();
      assertThat(export.eventCount() + export.notExported().size()).isEqualTo(engagements);
    }
  }
}
