package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void recordsOutsideADossierAreComparedByIdInTheirOrder() {
    Party russia = russia().build();
    Party renamed = russia().name("Russian Federation").build();
    Party g7 = Party.builder().id("g7").kind(PartyKind.FORUM).name("G7").build();
    Party quad = Party.builder().id("quad").kind(PartyKind.FORUM).name("Quad").build();
    // A leader whose office names a party in neither list: no dossier could hold it.
    Leader stray =
        Leader.builder().id("x").name("X").addOffice(Office.of("nowhere", Role.ENVOY)).build();

    DossierDiff diff =
        DossierDiff.between(List.of(g7, russia, stray), List.of(renamed, stray, quad));

    assertThat(diff.removed()).containsExactly(g7);
    assertThat(diff.added()).containsExactly(quad);
    assertThat(diff.changed())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.fields()).extracting(FieldChange::path).containsExactly("name");
            });
    assertThat(DossierDiff.between(List.of(stray), List.of(stray)).isEmpty()).isTrue();
  }

  @Test
  void recordsWithOneIdTwiceCannotBeCompared() {
    Party russia = russia().build();

    assertThatThrownBy(() -> DossierDiff.between(List.of(russia), List.of(russia, russia)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two records of after have the id \"ru\"");
    assertThatThrownBy(() -> DossierDiff.between(List.of(russia, russia), List.of()))
        .hasMessage("two records of before have the id \"ru\"");
  }
}
