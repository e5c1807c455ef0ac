package dev.entente.formats.historian;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.CountryCode;
import dev.entente.Party;
import dev.entente.formats.historian.Countries.Resolution;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tables that take the source's countries as parties, by date where the state changed. */
class CountriesTest {
  private static final Countries COUNTRIES = Countries.shipped();

  @ParameterizedTest
  @CsvSource({
    "burma, Burma, 1989-06-17, burma",
    "burma, Burma, 1989-06-18, myanmar",
    "germany, Germany, 1949-05-22, germany-before-1949",
    "germany, Germany, 1949-05-23, germany",
    "germany, 'Germany, Federal Republic of', 1955-06-13, germany",
    "russia, U.S.S.R., 1991-12-25, soviet-union",
    "russia, U.S.S.R., 1991-12-26, russia",
    "hawaii, Hawaii, 1893-01-16, kingdom-of-hawaii",
    "hawaii, Hawaii, 1898-01-26, republic-of-hawaii",
    "congo-democratic-republic, Democratic Republic of the Congo (Zaire), 1970-02-16,"
        + " congo-democratic-republic",
    "congo-democratic-republic, Democratic Republic of the Congo (Zaire), 1976-04-27, zaire",
    "congo-democratic-republic, Democratic Republic of the Congo (Zaire), 1997-12-11,"
        + " congo-democratic-republic",
    "korea, 'Korea, South', 2000-01-01, korea-south",
  })
  void takesACountryAsTheStateItWasOnTheDay(String id, String label, LocalDate day, String party) {
    assertThat(COUNTRIES.resolve(id, label, day)).map(r -> r.party().id()).contains(party);
  }

  @Test
  void placesARegionAndAnotherCountryWhereTheLabelNamesThem() {
    Resolution greenland =
        COUNTRIES
            .resolve("denmark", "Denmark (Greenland)", LocalDate.of(2021, 5, 20))
            .orElseThrow();
    Resolution kosovo =
        COUNTRIES.resolve("kosovo", "Yugoslavia (Kosovo)", LocalDate.of(2001, 7, 24)).orElseThrow();

    assertThat(greenland.party().id()).isEqualTo("denmark");
    assertThat(greenland.placeCountry()).contains(CountryCode.of("GL"));
    assertThat(kosovo.party().id()).isEqualTo("yugoslavia");
    assertThat(kosovo.region()).contains("Kosovo");
    assertThat(kosovo.placeCountry()).isEmpty();
  }

  @Test
  void findsNoStateForAnIdOrLabelItDoesNotHold() {
    assertThat(COUNTRIES.resolve("atlantis", "Atlantis", LocalDate.of(2000, 1, 1))).isEmpty();
    assertThat(COUNTRIES.resolve("russia", "Muscovy", LocalDate.of(2000, 1, 1))).isEmpty();
  }

  @Test
  void givesFormerStatesTheirLifetimesCodesAndOtherNames() {
    Party sovietUnion = COUNTRIES.party("soviet-union");
    Party southernRhodesia = COUNTRIES.party("southern-rhodesia");

    assertThat(sovietUnion.country()).contains(CountryCode.of("SUHH"));
    assertThat(sovietUnion.existedOn(LocalDate.of(1959, 9, 15))).isTrue();
    assertThat(sovietUnion.existedOn(LocalDate.of(1992, 1, 27))).isFalse();
    assertThat(COUNTRIES.party("russia").predecessors()).containsExactly("soviet-union");
    assertThat(southernRhodesia.otherNames()).containsExactly("Zimbabwe Rhodesia");
    assertThat(southernRhodesia.recognition()).map(Enum::name).contains("NONE");
    assertThat(COUNTRIES.party("korea-south").name()).isEqualTo("Korea, Republic of");
    assertThat(COUNTRIES.party("korea-south").otherNames())
        .containsExactly("Korea, South", "Korea", "South Korea");
    assertThat(COUNTRIES.parties()).hasSize(218);
  }
}
