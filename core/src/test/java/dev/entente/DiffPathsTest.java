package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A change is named by the path to the smallest part that changed: a key, an index, a field of a
 * part.
 */
class DiffPathsTest {
  private static Party.Builder russia() {
    return Party.builder()
        .id("ru")
        .kind(PartyKind.STATE)
        .name("Russia")
        .country(CountryCode.of("RU"));
  }

  private static List<String> changedPaths(
      DossierRecord before, DossierRecord after, DossierRecord... others) {
    Dossier was = Dossier.builder().add(before).addAll(List.of(others)).build();
    DossierDiff diff = was.diff(Dossier.builder().add(after).addAll(List.of(others)).build());
    return diff.changed().get(0).fields().stream().map(FieldChange::path).toList();
  }

  @Test
  void aMapChangesByKey() {
    Party before = russia().identifiers(Map.of("wikidata", "Q159", "viaf", "1")).build();
    Party after = russia().identifiers(Map.of("wikidata", "Q160", "isni", "2")).build();

    assertThat(changedPaths(before, after))
        .containsExactly("identifiers.isni", "identifiers.viaf", "identifiers.wikidata");
  }

  @Test
  void aListOfTheSameLengthChangesByIndexAndAnotherLengthAsAWhole() {
    Party before = russia().otherNames(List.of("Russian Federation", "RF")).build();

    assertThat(
            changedPaths(
                before, russia().otherNames(List.of("Russian Federation", "Rossiya")).build()))
        .containsExactly("otherNames[1]");
    assertThat(changedPaths(before, russia().otherNames(List.of("RF")).build()))
        .containsExactly("otherNames");
  }

  @Test
  void aChangeKeepsTheValuesBeforeAndAfter() {
    Dossier before = Dossier.builder().add(russia().build()).build();
    Dossier after = Dossier.builder().add(russia().name("Russian Federation").build()).build();

    FieldChange change = before.diff(after).changed().get(0).fields().get(0);

    assertThat(change.before()).contains("Russia");
    assertThat(change.after()).contains("Russian Federation");
  }

  @Test
  void aPartChangesByItsFields() {
    Place before = Place.of("Geneva", CountryCode.of("CH"));
    Talks.Builder talks =
        Talks.builder()
            .id("k")
            .title("Talks")
            .when(Span.of(TimePoint.parse("2022-01-10")))
            .format(TalksFormat.BILATERAL)
            .delegations(List.of(Delegation.of("ru"), Delegation.of("us")))
            .status(TalksStatus.SCHEDULED);

    Party russia = russia().build();
    Party us = Records.state("us", "US").name("United States").build();

    assertThat(
            changedPaths(
                talks.venue(before).build(),
                talks.venue(Place.of("Vienna", CountryCode.of("AT"))).build(),
                russia,
                us))
        .containsExactly("venue.localities[0]", "venue.country");
    assertThat(
            changedPaths(
                talks.venue(before).build(),
                talks.venue(before).format(TalksFormat.MULTILATERAL).build(),
                russia,
                us))
        .containsExactly("format");
  }
}
