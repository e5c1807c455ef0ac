package dev.entente.formats.historian;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.CountryCode;
import dev.entente.Dossier;
import dev.entente.Leader;
import dev.entente.Office;
import dev.entente.Party;
import dev.entente.Place;
import dev.entente.RecordKind;
import dev.entente.Role;
import dev.entente.Standing;
import dev.entente.Statement;
import dev.entente.StatementKind;
import dev.entente.TimePoint;
import dev.entente.TimelineEntry;
import dev.entente.Visit;
import dev.entente.VisitKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The whole of the shipped Office of the Historian data, imported once and checked throughout. */
class RealDataImportTest {
  static final Path DATA = Path.of("..", "data", "historyatstate");

  private static final HistorianImport HISTORY =
      HistorianImport.builder()
          .visits(DATA.resolve("visits/data"))
          .travels(DATA.resolve("travels"))
          .build();
  private static final Dossier DOSSIER = HISTORY.dossier();

  @Test
  void importsEveryVisitAndTripAndSkipsNone() {
    Map<String, Long> byKind =
        DOSSIER.visits().stream()
            .collect(
                Collectors.groupingBy(
                    v -> v.id().substring(0, v.id().indexOf('-')), Collectors.counting()));

    assertThat(HISTORY.sourceRecords()).isEqualTo(3_264 + 4_271);
    assertThat(byKind).containsExactlyInAnyOrderEntriesOf(Map.of("visit", 3_264L, "trip", 4_271L));
    assertThat(HISTORY.skipped()).isEmpty();
    assertThat(HISTORY.warnings()).isEmpty();
    assertThat(DOSSIER.records(RecordKind.STATEMENT)).hasSize(7_535);
  }

  @Test
  void keepsEachSourceRecordAsAStatementOfTheHistorianAboutItsVisit() {
    for (Visit visit : DOSSIER.visits()) {
      assertThat(visit.sources()).containsExactly("historian-" + visit.id());
      Statement statement = (Statement) DOSSIER.find("historian-" + visit.id()).orElseThrow();
      assertThat(statement.kind()).isEqualTo(StatementKind.RECORD);
      assertThat(statement.by()).isEqualTo("office-of-the-historian");
      assertThat(statement.language()).contains("en");
      assertThat(statement.about()).containsExactly(visit.id());
      assertThat(statement.quote()).isEqualTo(visit.description());
    }
  }

  @Test
  void putsEveryVisitAndTripOnTheTimelineAtItsOwnDates() {
    List<TimelineEntry> visits = DOSSIER.timeline(Set.of(RecordKind.VISIT));

    assertThat(visits).hasSize(7_535);
    assertThat(visits)
        .allSatisfy(e -> assertThat(e.time()).isEqualTo(((Visit) e.record()).when().start()));
    Visit trip = visit("trip-4113");
    assertThat(trip.when().start()).isEqualTo(TimePoint.parse("2021-06-09"));
    assertThat(trip.when().end()).contains(TimePoint.parse("2021-06-13"));
  }

  @Test
  void takesATripAsTheSourceGivesIt() {
    Visit trip = visit("trip-4113");
    Statement record = (Statement) DOSSIER.find("historian-trip-4113").orElseThrow();

    assertThat(trip.visitors()).containsExactly("biden-joseph-r");
    assertThat(trip.host()).isEqualTo("united-kingdom");
    assertThat(trip.hosts())
        .containsExactly("united-kingdom-boris-johnson", "united-kingdom-elizabeth-ii");
    assertThat(trip.places())
        .containsExactly(
            Place.builder()
                .addLocalities("London", "Cornwall")
                .country(CountryCode.of("GB"))
                .build());
    assertThat(trip.description())
        .contains(
            "Met with Prime Minister Boris Johnson and Queen Elizabeth II. Attended the G7"
                + " Summit.");
    assertThat(record.summary())
        .contains(
            "trip@role: president; trip@who: biden-joseph-r; role: president; name: Joseph R."
                + " Biden; start-date: 2021-06-09; end-date: 2021-06-13; country@id:"
                + " united-kingdom; country: United Kingdom; locale: London, Cornwall");
    assertThat(record.when()).isEqualTo(TimePoint.parse("2023-05-24T10:47-04:00"));
    assertThat(leader("united-kingdom-elizabeth-ii").offices())
        .contains(office("united-kingdom", Role.HEAD_OF_STATE, "Queen"));
    assertThat(leader("biden-joseph-r").offices())
        .containsExactly(office("united-states", Role.HEAD_OF_STATE, "President"));
  }

  @Test
  void takesAVisitToTheUnitedStatesWithNoHostNamed() {
    Visit visit = visit("visit-2385");

    assertThat(visit.visitors()).containsExactly("soviet-union-khrushchev-visit-2385");
    assertThat(visit.host()).isEqualTo("united-states");
    assertThat(visit.hosts()).isEmpty();
    assertThat(visit.kind()).contains(VisitKind.OFFICIAL_VISIT);
    assertThat(visit.places())
        .extracting(Place::country)
        .containsExactly(java.util.Optional.of(CountryCode.of("US")));
    assertThat(leader("soviet-union-khrushchev-visit-2385").offices())
        .containsExactly(office("soviet-union", Role.HEAD_OF_GOVERNMENT, "Premier"));
  }

  @Test
  void takesEachCountryAsTheStateItWasThenWithNoBorrowedCode() {
    assertThat(party("soviet-union").country()).contains(CountryCode.of("SUHH"));
    assertThat(hostOrVisitorParty("visit-2385")).isEqualTo("soviet-union");
    assertThat(hostOrVisitorParty("visit-2138")).isEqualTo("kingdom-of-hawaii");
    assertThat(hostOrVisitorParty("visit-2142")).isEqualTo("republic-of-hawaii");
    assertThat(party("kingdom-of-hawaii").country()).isEmpty();
    assertThat(party("kingdom-of-hawaii").identifiers())
        .containsEntry("history-state-gov", "hawaii");
    assertThat(hostOrVisitorParty("visit-10")).isEqualTo("burma");
    assertThat(party("burma").country()).contains(CountryCode.of("BUMM"));
    assertThat(visit("trip-909").host()).isEqualTo("germany-before-1949");
    assertThat(visit("trip-909").places().get(0).country()).isEmpty();
    assertThat(visit("trip-909").places().get(0).party()).contains("germany-before-1949");
    assertThat(DOSSIER.lineageOf("russia"))
        .extracting(Party::id)
        .containsExactly("russia", "soviet-union");
    assertThat(DOSSIER.lineageOf("germany"))
        .extracting(Party::id)
        .containsExactly("germany", "germany-before-1949");
  }

  @Test
  void placesEveryVisitWithinTheLifetimesOfItsPartiesButOneBeforeIndependence() {
    // The source writes U.S.S.R. for three trips to Moscow and the Urals in 1992: Russia by then.
    assertThat(visit("trip-467").host()).isEqualTo("russia");
    List<String> outside =
        DOSSIER.visits().stream()
            .filter(
                visit -> {
                  LocalDate day = visit.when().start().firstDay();
                  return !party(visit.host()).existedOn(day)
                      || visit.visitors().stream()
                          .flatMap(id -> leader(id).offices().stream())
                          .anyMatch(office -> !party(office.party()).existedOn(day));
                })
            .map(Visit::id)
            .toList();

    // Nyerere came from Tanganyika in July 1961, five months before its independence.
    assertThat(outside).containsExactly("visit-2438");
  }

  @Test
  void givesAPersonOneLeaderWithEveryOfficeAndTheirStanding() {
    Leader obasanjo = leader("nigeria-olusegun-obasanjo");

    assertThat(obasanjo.offices())
        .contains(
            Office.builder()
                .party("nigeria")
                .role(Role.HEAD_OF_STATE)
                .title("President-elect")
                .standing(Standing.ELECT)
                .build(),
            office("nigeria", Role.HEAD_OF_STATE, "President"));
  }

  private static Visit visit(String id) {
    return (Visit) DOSSIER.find(id).orElseThrow();
  }

  private static Leader leader(String id) {
    return (Leader) DOSSIER.find(id).orElseThrow();
  }

  private static Party party(String id) {
    return (Party) DOSSIER.find(id).orElseThrow();
  }

  private static String hostOrVisitorParty(String visitId) {
    Visit visit = visit(visitId);
    return visit.host().equals("united-states")
        ? leader(visit.visitors().get(0)).offices().get(0).party()
        : visit.host();
  }

  private static Office office(String party, Role role, String title) {
    return Office.builder().party(party).role(role).title(title).build();
  }
}
