package dev.entente.formats.schemaorg;

import static dev.entente.testing.MinimalRecords.state;
import static dev.entente.testing.MinimalRecords.talks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Coordinates;
import dev.entente.CountryCode;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Place;
import dev.entente.Span;
import dev.entente.TalksStatus;
import dev.entente.TimePoint;
import dev.entente.formats.RealData;
import dev.entente.testing.December2021;
import dev.entente.testing.DossierGenerator;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each export is expanded into RDF by a JSON-LD processor, and its triples compared. */
class SchemaOrgExportTest {
  private static final String SCHEMA = "http://schema.org/";
  private static final String TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

  @Test
  void givesThePhoneCallExactlyTheTriplesOfASchemaOrgEvent() throws Exception {
    Set<String> quads =
        JsonLdProcessor.quads(SchemaOrgExport.of(December2021.dossier()).toJsonLd());

    String call = "<urn:entente:phone-call-2021-12-30> ";
    assertThat(quads.stream().filter(q -> q.startsWith(call)).toList())
        .containsExactlyInAnyOrder(
            call + "<http://schema.org/about> <urn:entente:nato-enlargement> .",
            call + "<http://schema.org/about> <urn:entente:security-guarantees> .",
            call + "<http://schema.org/attendee> <urn:entente:biden> .",
            call + "<http://schema.org/attendee> <urn:entente:putin> .",
            call + "<http://schema.org/citation> <urn:entente:kremlin-readout-2021-12-31> .",
            call + "<http://schema.org/citation> <urn:entente:prensa-latina-report-2021-12-31> .",
            call
                + "<http://schema.org/description> \"To continue discussing the issues previously"
                + " discussed and to amend the details about the contacts that the two countries"
                + " will conduct next January.\" .",
            call + "<http://schema.org/duration> \"PT50M\" .",
            call
                + "<http://schema.org/endDate> \"2021-12-30T16:25-05:00\"^^<http://schema.org/Date> .",
            call
                + "<http://schema.org/eventAttendanceMode>"
                + " <http://schema.org/OnlineEventAttendanceMode> .",
            call + "<http://schema.org/eventStatus> <http://schema.org/EventScheduled> .",
            call + "<http://schema.org/name> \"Phone call: Vladimir Putin, Joe Biden\" .",
            call + "<http://schema.org/organizer> <urn:entente:putin> .",
            call
                + "<http://schema.org/startDate> \"2021-12-30T15:35-05:00\"^^<http://schema.org/Date> .",
            call + TYPE + " <http://schema.org/Event> .");
  }

  @Test
  void typesEveryRecordOfTheDecemberDossierButTheAgreements() throws Exception {
    Dossier december = December2021.dossier();
    SchemaOrgExport export = SchemaOrgExport.of(december);
    Set<String> quads = JsonLdProcessor.quads(export.toJsonLd());

    assertThat(types(quads))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Country", 2L,
                "Organization", 3L,
                "GovernmentOrganization", 2L,
                "NewsMediaOrganization", 1L,
                "Person", (long) december.leaders().size(),
                "DefinedTerm", 6L,
                "CreativeWork", 3L,
                "Event", 5L));
    assertThat(export.notExported()).hasSize(december.agreements().size());
    assertThat(export.nodeCount()).isEqualTo(december.size() - december.agreements().size());
    for (DossierRecord record : december.records()) {
      boolean typed =
          quads.stream().anyMatch(q -> q.startsWith("<urn:entente:" + record.id() + "> " + TYPE));
      assertThat(typed).as(record.id()).isEqualTo(!december.agreements().contains(record));
    }
    assertThat(quads)
        .contains(
            "<urn:entente:putin> <http://schema.org/sameAs> <https://www.wikidata.org/wiki/Q7747> .",
            "<urn:entente:kremlin-readout-2021-12-31> <http://schema.org/author>"
                + " <urn:entente:kremlin-press-service> .",
            "<urn:entente:us-state-department> <http://schema.org/parentOrganization> <urn:entente:us> .");
  }

  @Test
  void writesTalksWithTheirStatusPreviousDatesAndPlaceWithAddressAndGeo() throws Exception {
    Dossier dossier =
        Dossier.builder()
            .add(state("ru", "RU").build())
            .add(state("us", "US").build())
            .add(
                talks("moved-twice", "ru", "us")
                    .status(TalksStatus.RESCHEDULED)
                    .when(Span.of(TimePoint.parse("2022-03-01")))
                    .addPreviousDates(Span.of(TimePoint.parse("2022-01-10")))
                    .addPreviousDates(Span.of(TimePoint.parse("2022-02-01")))
                    .venue(
                        Place.builder()
                            .venue("Palais des Nations")
                            .addLocality("Geneva")
                            .country(CountryCode.of("CH"))
                            .coordinates(Coordinates.of(46.2267, 6.1404))
                            .putIdentifier("geonames", "2660646")
                            .build())
                    .build())
            .build();
    String text =
        SchemaOrgExport.of(dossier)
            .withBase(URI.create("https://news.example.org/records/"))
            .toJsonLd();
    Set<String> quads = JsonLdProcessor.quads(text);

    String talks = "<https://news.example.org/records/moved-twice> ";
    assertThat(quads)
        .contains(
            talks + "<http://schema.org/eventStatus> <http://schema.org/EventRescheduled> .",
            talks
                + "<http://schema.org/previousStartDate> \"2022-01-10\"^^<http://schema.org/Date> .",
            talks
                + "<http://schema.org/previousStartDate> \"2022-02-01\"^^<http://schema.org/Date> .",
            talks
                + "<http://schema.org/eventAttendanceMode> <http://schema.org/OfflineEventAttendanceMode> .",
            talks + "<http://schema.org/attendee> <https://news.example.org/records/ru> .");
    String place = objectOf(quads, talks + "<http://schema.org/location> ");
    String address = objectOf(quads, place + " <http://schema.org/address> ");
    String geo = objectOf(quads, place + " <http://schema.org/geo> ");
    assertThat(quads)
        .contains(
            place + " " + TYPE + " <http://schema.org/Place> .",
            place + " <http://schema.org/name> \"Palais des Nations, Geneva\" .",
            place + " <http://schema.org/sameAs> <https://sws.geonames.org/2660646/> .",
            address + " <http://schema.org/addressLocality> \"Geneva\" .",
            address + " <http://schema.org/addressCountry> \"CH\" .",
            geo
                + " <http://schema.org/latitude> \"4.62267E1\"^^<http://www.w3.org/2001/XMLSchema#double> .",
            geo
                + " <http://schema.org/longitude> \"6.1404E0\"^^<http://www.w3.org/2001/XMLSchema#double> .");
  }

  @Test
  void exportsEveryVisitAndTripOfTheOfficeOfTheHistorianAsAnEvent() throws Exception {
    Dossier history = RealData.dossier();
    Set<String> quads = JsonLdProcessor.quads(SchemaOrgExport.of(history).toJsonLd());

    assertThat(types(quads))
        .containsEntry("Event", 7_535L)
        .containsEntry("CreativeWork", 7_535L)
        .containsEntry("Person", (long) history.leaders().size());
    assertThat(types(quads).values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(history.size());
  }

  @Test
  void refusesABaseToWhichIdsCannotBeAdded() {
    SchemaOrgExport export = SchemaOrgExport.of(December2021.dossier());

    assertThatThrownBy(() -> export.withBase(URI.create("https://news.example.org/records")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the base https://news.example.org/records must be an absolute URI ended by /, # or :,"
                + " to which ids are added");
    assertThatThrownBy(() -> export.withBase(URI.create("records/")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** How many nodes of each schema.org type, counted over named (not blank) nodes. */
  private static Map<String, Long> types(Set<String> quads) {
    return quads.stream()
        .filter(q -> q.startsWith("<") && q.contains("> " + TYPE + " <" + SCHEMA))
        .map(q -> q.substring(q.lastIndexOf(SCHEMA) + SCHEMA.length(), q.lastIndexOf('>')))
        .filter(type -> !List.of("Place", "PostalAddress", "GeoCoordinates").contains(type))
        .collect(Collectors.groupingBy(type -> type, TreeMap::new, Collectors.counting()));
  }

  private static String objectOf(Set<String> quads, String subjectAndPredicate) {
    List<String> objects =
        quads.stream()
            .filter(q -> q.startsWith(subjectAndPredicate))
            .map(q -> q.substring(subjectAndPredicate.length(), q.length() - 2))
            .toList();
    assertThat(objects).as(subjectAndPredicate).hasSize(1);
    return objects.get(0);
  }

  @Test
  void exportsGeneratedDossiersWithEveryFieldAsJsonLdThatTheProcessorExpands() throws Exception {
    for (long seed = 1; seed <= 3; seed++) {
      Dossier dossier = DossierGenerator.withSeed(seed).size(300).dossier();
      SchemaOrgExport export = SchemaOrgExport.of(dossier);
      Set<String> quads = JsonLdProcessor.quads(export.toJsonLd());

      assertThat(types(quads).values().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(export.nodeCount());
    }
  }
}
