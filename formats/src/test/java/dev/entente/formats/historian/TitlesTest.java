package dev.entente.formats.historian;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.Role;
import dev.entente.Standing;
import dev.entente.formats.historian.Titles.Titled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TitlesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Prime Minister Boris Johnson | Prime Minister | HEAD_OF_GOVERNMENT | Boris Johnson",
        "King Abdullah II | King | HEAD_OF_STATE | Abdullah II",
        "Queen Elizabeth II | Queen | HEAD_OF_STATE | Elizabeth II",
        "Chancellor Angela Merkel | Chancellor | HEAD_OF_GOVERNMENT | Angela Merkel",
        "Federal Chancellor Sebastian Kurz | Federal Chancellor | HEAD_OF_GOVERNMENT | Sebastian Kurz",
        "Foreign Minister Kozyrev | Foreign Minister | MINISTER | Kozyrev",
        "General Secretary Mikhail S. Gorbachev | General Secretary | OFFICIAL | Mikhail S. Gorbachev",
        "President F. W. de Klerk | President | HEAD_OF_STATE | F. W. de Klerk",
        "Prime Minister Willem (Wim) Kok | Prime Minister | HEAD_OF_GOVERNMENT | Willem (Wim) Kok",
        "President Surangel Whipps, Jr. | President | HEAD_OF_STATE | Surangel Whipps, Jr.",
        "President Benigno Aquino 3rd | President | HEAD_OF_STATE | Benigno Aquino 3rd",
        "President Aleksandar Vučić | President | HEAD_OF_STATE | Aleksandar Vučić",
        "Prime Minster Adrian Nastase | Prime Minster | HEAD_OF_GOVERNMENT | Adrian Nastase",
        "Pope Francis | Pope | HEAD_OF_STATE | Francis",
      })
  void takesATitleOfTheListApartFromTheName(String text, String title, Role role, String name) {
    assertThat(Titles.parse(text)).contains(new Titled(title, role, null, name));
  }

  @Test
  void takesTheLongestTitleWithItsStanding() {
    assertThat(Titles.parse("President-elect Vicente Fox"))
        .contains(new Titled("President-elect", Role.HEAD_OF_STATE, Standing.ELECT, "Vicente Fox"));
    assertThat(Titles.parse("President- designate Roberto E. Viola"))
        .contains(
            new Titled(
                "President- designate",
                Role.HEAD_OF_STATE,
                Standing.DESIGNATE,
                "Roberto E. Viola"));
    assertThat(Titles.parse("Acting Prime Minister Sirik Matak"))
        .contains(
            new Titled(
                "Acting Prime Minister", Role.HEAD_OF_GOVERNMENT, Standing.ACTING, "Sirik Matak"));
    assertThat(Titles.parse("Vice President Kamala Harris"))
        .contains(new Titled("Vice President", Role.OFFICIAL, null, "Kamala Harris"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Valdas Adamkus",
        "Sheikh Nasser Sabah Al-Ahmed Al-Sabah",
        "Prime MinisterHaidar al- Abadi",
        "Prime Minister-Prince Norodom Kantol",
        "Australian Prime Minister Scott Morrison",
        "President Putin and senior officials",
        "senior Russian officials",
        "President",
        "President 42",
        "the presidents of the 6 republics"
      })
  void takesNothingApartThatIsNotATitleOfTheListAndAName(String text) {
    assertThat(Titles.parse(text)).isEmpty();
  }

  @Test
  void takesAListApartOnlyWhenEachItemIsATitledName() {
    assertThat(Titles.parseList("King Baudouin and Queen Fabiola"))
        .hasValueSatisfying(
            people ->
                assertThat(people).extracting(Titled::name).containsExactly("Baudouin", "Fabiola"));
    assertThat(Titles.parseList("President Anwar Sadat, Prime Minister Mustafa Khalil"))
        .hasValueSatisfying(
            people ->
                assertThat(people)
                    .extracting(Titled::title)
                    .containsExactly("President", "Prime Minister"));
    assertThat(
            Titles.parseList(
                "President Gitanas Nauseda, Prime Minister Ingrida Simonyte, and Foreign Minister"
                    + " Gabrielius Landsbergis"))
        .hasValueSatisfying(people -> assertThat(people).hasSize(3));
    assertThat(
            Titles.parseList(
                "President Putin, Prime Minister Lavrov, and senior Russian officials"))
        .isEmpty();
    assertThat(Titles.parseList("President Surangel Whipps, Jr.")).isEmpty();
  }
}
