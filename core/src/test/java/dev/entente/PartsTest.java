package dev.entente;

import static dev.entente.Invalid.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The parts records are made of: places, positions, characterisations, milestones, delegations. */
class PartsTest {
  @Test
  void buildsAPlace() {
    Place vienna = Place.of("Vienna", CountryCode.of("AT"));
    Place austria = Place.builder().country(CountryCode.of("AT")).build();

    assertThat(vienna.localities()).containsExactly("Vienna");
    assertThat(vienna.venue()).isEmpty();
    assertThat(vienna.identifiers()).isEmpty();
    assertThat(vienna.country()).contains(CountryCode.of("AT"));
    assertThat(vienna.party()).isEmpty();
    assertThat(vienna.coordinates()).isEmpty();
    assertThat(vienna.precision()).isEmpty();
    assertThat(vienna)
        .isEqualTo(Place.of("Vienna", CountryCode.of("AT")))
        .hasToString("Vienna, AT");
    assertThat(austria).isNotEqualTo(vienna).hasToString("AT");
  }

  @Test
  void refusesAPlaceWithNeitherCountryNorParty() {
    assertRejected(
        () -> Place.builder().addLocality("Vienna").build(),
        "country",
        "Place: a place must have a country code or, in a state without one, the state's party");
  }

  @Test
  void buildsAPlaceInAStateWithoutACodeByItsParty() {
    Place honolulu = Place.builder().addLocality("Honolulu").party("kingdom-of-hawaii").build();
    Place both =
        Place.builder()
            .addLocality("Bonn")
            .country(CountryCode.of("DE"))
            .party("west-germany")
            .build();

    assertThat(honolulu.country()).isEmpty();
    assertThat(honolulu.party()).contains("kingdom-of-hawaii");
    assertThat(honolulu).hasToString("Honolulu, kingdom-of-hawaii");
    assertThat(both).hasToString("Bonn, DE, west-germany");
  }

  @Test
  void buildsAPlaceWithCoordinatesAndPrecision() {
    Place palais =
        Place.builder()
            .venue("Palais des Nations")
            .country(CountryCode.of("CH"))
            .coordinates(Coordinates.of(46.2266, 6.1404))
            .precision(PlacePrecision.VENUE)
            .build();

    assertThat(palais.coordinates()).contains(Coordinates.of(46.2266, 6.1404));
    assertThat(palais.precision()).contains(PlacePrecision.VENUE);
    assertThat(palais)
        .isNotEqualTo(Place.builder().from(palais).precision(PlacePrecision.LOCALITY).build());
  }

  @Test
  void buildsAPlaceOfSeveralLocalitiesWithAVenueAndIdentifiers() {
    Place trip =
        Place.builder().addLocalities("London", "Cornwall").country(CountryCode.of("GB")).build();
    Place summit =
        Place.builder()
            .venue("Palais des Nations")
            .addLocality("Geneva")
            .country(CountryCode.of("CH"))
            .putIdentifier("geonames", "2660646")
            .build();
    Place moscow1959 = Place.of("Moscow", CountryCode.of("SUHH"));

    assertThat(trip.localities()).containsExactly("London", "Cornwall");
    assertThat(trip).hasToString("London, Cornwall, GB");
    assertThat(summit.venue()).contains("Palais des Nations");
    assertThat(summit.identifiers()).containsEntry("geonames", "2660646");
    assertThat(summit).hasToString("Palais des Nations, Geneva, CH");
    assertThat(moscow1959.country().orElseThrow().isFormer()).isTrue();
  }

  @Test
  void refusesARepeatedLocalityAndABlankVenue() {
    assertRejected(
        () -> Place.builder().addLocalities("Kehl", "Kehl").country(CountryCode.of("DE")).build(),
        "localities",
        "Place: localities lists \"Kehl\" more than once");
    assertRejected(
        () -> Place.builder().venue("").country(CountryCode.of("DE")).build(),
        "venue",
        "Place: venue must not be blank");
  }

  @Test
  void refusesABlankLocality() {
    assertRejected(
        () -> Place.of(" ", CountryCode.of("AT")),
        "localities",
        "Place: localities must not be blank");
  }

  @Test
  void buildsAPosition() {
    Position position =
        Position.builder()
            .by("putin")
            .text("Guarantees.")
            .addSubjects("security-guarantees", "nato-enlargement")
            .build();

    assertThat(position.by()).isEqualTo("putin");
    assertThat(position.text()).isEqualTo("Guarantees.");
    assertThat(position.subjects()).containsExactly("security-guarantees", "nato-enlargement");
    assertThat(position).isEqualTo(Position.builder().from(position).build());
  }

  @Test
  void refusesAPositionWithoutText() {
    assertRejected(
        () -> Position.builder().by("putin").build(), "text", "Position: text is required");
  }

  @Test
  void buildsACharacterisation() {
    Characterisation characterisation =
        Characterisation.builder()
            .by("kremlin")
            .addWords("frank", "mutually beneficial")
            .source("readout")
            .build();

    assertThat(characterisation.by()).isEqualTo("kremlin");
    assertThat(characterisation.words()).containsExactly("frank", "mutually beneficial");
    assertThat(characterisation.source()).contains("readout");
  }

  @Test
  void refusesACharacterisationWithoutWords() {
    assertRejected(
        () -> Characterisation.builder().by("kremlin").build(),
        "words",
        "Characterisation: words must list at least 1 word, but lists 0");
  }

  @Test
  void buildsAMilestone() {
    Milestone milestone =
        Milestone.builder()
            .stage(Stage.HANDED_OVER)
            .when(TimePoint.parse("2021-12-15"))
            .addBy("ru")
            .addTowards("donfried")
            .occasion("meeting")
            .source("report")
            .build();

    assertThat(milestone.stage()).isEqualTo(Stage.HANDED_OVER);
    assertThat(milestone.when()).isEqualTo(TimePoint.parse("2021-12-15"));
    assertThat(milestone.by()).containsExactly("ru");
    assertThat(milestone.towards()).containsExactly("donfried");
    assertThat(milestone.occasion()).contains("meeting");
    assertThat(milestone.source()).contains("report");
  }

  @Test
  void refusesAMilestoneWithoutStage() {
    assertRejected(
        () -> Milestone.builder().when(TimePoint.parse("2021")).build(),
        "stage",
        "Milestone: stage is required");
  }

  @Test
  void refusesAMilestoneActorTwice() {
    assertRejected(
        () ->
            Milestone.builder()
                .stage(Stage.AGREED)
                .when(TimePoint.parse("2021"))
                .addBy("ru", "ru")
                .build(),
        "by",
        "Milestone: by lists \"ru\" more than once");
  }

  @Test
  void buildsADelegation() {
    Delegation delegation =
        Delegation.builder().party("ru").addMembers("ryabkov", "lavrov").head("ryabkov").build();

    assertThat(delegation.party()).isEqualTo("ru");
    assertThat(delegation.members()).containsExactly("ryabkov", "lavrov");
    assertThat(delegation.head()).contains("ryabkov");
    assertThat(Delegation.of("ru")).isEqualTo(Delegation.builder().party("ru").build());
  }

  @Test
  void refusesAHeadWhoIsNotAMember() {
    assertRejected(
        () -> Delegation.builder().party("ru").addMember("lavrov").head("ryabkov").build(),
        "head",
        "Delegation: head \"ryabkov\" is not one of the members [lavrov]");
  }
}
