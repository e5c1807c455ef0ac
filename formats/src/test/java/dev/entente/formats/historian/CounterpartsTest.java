package dev.entente.formats.historian;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.formats.historian.Titles.Titled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each form of remarks the counterparts of a trip are taken from, and forms they are not. */
class CounterpartsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // One clause, two people joined by "and"; the sentence after it is no part of it.
        "Met with Prime Minister Boris Johnson and Queen Elizabeth II. Attended the G7 Summit."
            + " | Boris Johnson; Elizabeth II",
        // A list with commas and a final "and", an Oxford comma.
        "Met with President Gitanas Nauseda, Prime Minister Ingrida Simonyte, and Foreign"
            + " Minister Gabrielius Landsbergis. | Gitanas Nauseda; Ingrida Simonyte; Gabrielius"
            + " Landsbergis",
        // An initial's period does not end the clause; a semicolon does.
        "Met with Chairman Aleksei N. Kosygin; toured Leningrad. | Aleksei N. Kosygin",
        // After a visit's kind, in lower case.
        "State visit; met with President Navon and Prime Minister Begin. Addressed the Knesset."
            + " | Navon; Begin",
        // Two clauses, each taken on its own.
        "Met with President Tudjman. Also met with Foreign Minister Granic. | Tudjman; Granic",
        "Audience with Pope Francis. | Francis",
        // Unambiguous clauses are taken, ambiguous ones left.
        "Met with President Menem; met with the presidents of the 6 republics. | Menem",
        // Nobody where no clause names only titled people.
        "Met with President Putin, Prime Minister Lavrov, and senior Russian officials. | ",
        "Met with Australian Prime Minister Scott Morrison and attended the Quad meeting. | ",
        "Met with Prime Minister Markovic and with the presidents of the 6 republics. | ",
        "Attended the NATO Summit. | ",
        "Discussed the peace process with Prime Minister Rabin. | ",
        // "met with" inside a sentence is no opening.
        "Delegation met with President Kim. | ",
      })
  void takesThePeopleOfUnambiguousClausesOnly(String remarks, String names) {
    String found =
        String.join("; ", Counterparts.named(remarks).stream().map(Titled::name).toList());
    assertThat(found).isEqualTo(names == null ? "" : names);
  }
}
