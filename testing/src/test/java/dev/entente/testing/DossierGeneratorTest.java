package dev.entente.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.RecordKind;
import dev.entente.Span;
import dev.entente.Statement;
import dev.entente.TimePoint;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DossierGeneratorTest {
  /**
   * Two hundred dossiers, generated again by each test that asks (not once for the class, so that
   * mutation testing sees each test run the generator).
   */
  private static List<Dossier> sample() {
    return IntStream.rangeClosed(1, 200)
        .mapToObj(seed -> DossierGenerator.withSeed(seed).size(40).dossier())
        .toList();
  }

  @Test
  void theSameSeedAndSizeGiveTheSameDossier() {
    assertThat(DossierGenerator.withSeed(7).size(50).dossier())
        .isEqualTo(DossierGenerator.withSeed(7).size(50).dossier());
    assertThat(DossierGenerator.withSeed(7).dossier())
        .isNotEqualTo(DossierGenerator.withSeed(8).dossier());
    assertThat(DossierGenerator.withSeed(7).seed()).isEqualTo(7);
  }

  @Test
  void generatesDossiersOfAboutTheSizeAsked() {
    assertThat(DossierGenerator.withSeed(1).size(10).dossier().size()).isBetween(10, 25);
    assertThat(DossierGenerator.withSeed(1).size(1000).dossier().size()).isBetween(700, 1300);
  }

  @Test
  void mixesTheKindsOfRecordAsADossierDoes() {
    Dossier dossier = DossierGenerator.withSeed(5).size(600).dossier();

    assertThat(dossier.parties()).hasSizeBetween(80, 100);
    assertThat(dossier.leaders()).hasSizeBetween(90, 110);
    assertThat(dossier.topics()).hasSizeBetween(40, 60);
    assertThat(dossier.statements()).hasSizeBetween(65, 85);
    assertThat(dossier.conversations()).hasSizeBetween(90, 110);
    assertThat(dossier.agreements()).hasSizeBetween(50, 70);
    assertThat(dossier.talks()).hasSizeBetween(50, 70);
  }

  @Test
  void everyDossierHoldsEveryKindOfRecord() {
    for (Dossier dossier : sample()) {
      Set<RecordKind> kinds =
          dossier.records().stream().map(DossierRecord::recordKind).collect(Collectors.toSet());
      assertThat(kinds).isEqualTo(EnumSet.allOf(RecordKind.class));
    }
  }

  @Test
  void generatesEveryTimePrecisionAndSpanShape() {
    List<Span> spans = all(Conversation.class).map(Conversation::when).collect(Collectors.toList());
    Set<TimePoint.Precision> precisions =
        spans.stream().map(s -> s.start().precision()).collect(Collectors.toSet());

    assertThat(precisions).isEqualTo(EnumSet.allOf(TimePoint.Precision.class));
    assertThat(spans).anyMatch(s -> s.end().isPresent() && s.duration().isPresent());
    assertThat(spans).anyMatch(s -> s.end().isEmpty() && s.duration().isPresent());
    assertThat(spans).anyMatch(s -> s.end().isEmpty() && s.duration().isEmpty());
  }

  @Test
  void generatesTheSameInstantAtDifferentOffsets() {
    assertThat(all(Conversation.class).map(Conversation::when))
        .anyMatch(
            s ->
                s.start().isMoment()
                    && s.end().map(TimePoint::isMoment).orElse(false)
                    && !s.start()
                        .moment()
                        .orElseThrow()
                        .getOffset()
                        .equals(s.end().orElseThrow().moment().orElseThrow().getOffset())
                    && !s.start().firstDay().equals(s.end().orElseThrow().firstDay()));
  }

  @Test
  void generatesEdgeValuesOfText() {
    List<String> texts =
        all(Statement.class)
            .flatMap(s -> Stream.concat(s.quote().stream(), s.summary().stream()))
            .collect(Collectors.toList());

    assertThat(texts).anyMatch(t -> t.length() > 2000);
    assertThat(texts).anyMatch(t -> t.contains("\n") && t.contains("\"") && t.contains("\\"));
    assertThat(texts)
        .anyMatch(
            t ->
                t.codePoints()
                    .anyMatch(
                        c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC));
    assertThat(texts)
        .anyMatch(
            t ->
                t.codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    assertThat(texts).anyMatch(t -> t.codePoints().anyMatch(Character::isSupplementaryCodePoint));
  }

  @Test
  void leavesOptionalPartsOutAndFillsThemIn() {
    List<Conversation> conversations = all(Conversation.class).collect(Collectors.toList());

    assertThat(conversations)
        .anyMatch(c -> c.initiator().isEmpty())
        .anyMatch(c -> c.initiator().isPresent());
    assertThat(conversations)
        .anyMatch(c -> c.place().isPresent())
        .anyMatch(c -> !c.follows().isEmpty());
    assertThat(conversations)
        .anyMatch(c -> c.positions().isEmpty())
        .anyMatch(c -> !c.characterisations().isEmpty());
  }

  @Test
  void givesTheRecordsOfOneType() {
    List<Conversation> conversations = DossierGenerator.withSeed(3).records(Conversation.class);

    assertThat(conversations)
        .isNotEmpty()
        .isEqualTo(DossierGenerator.withSeed(3).dossier().conversations());
  }

  @Test
  void refusesATinySize() {
    assertThatThrownBy(() -> DossierGenerator.withSeed(1).size(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a generated dossier holds at least 10 records, not 3");
  }

  @Test
  void checksAPropertyOnManyDossiersAndNamesTheSeedOfAFailure() {
    int[] checked = {0};
    DossierGenerator.forEachDossier(25, 20, dossier -> checked[0]++);
    assertThat(checked[0]).isEqualTo(25);

    assertThatThrownBy(
            () ->
                DossierGenerator.forEachDossier(
                    50, 20, dossier -> assertThat(dossier.conversations()).hasSizeLessThan(4)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("the check failed for the generated dossier of seed ")
        .hasMessageContaining("and size 20; generate it again with DossierGenerator.withSeed(")
        .hasMessageContaining("or rerun from it with -Dentente.seed=");
  }

  private static <T extends DossierRecord> Stream<T> all(Class<T> type) {
    return sample().stream()
        .flatMap(d -> d.records().stream())
        .filter(type::isInstance)
        .map(type::cast);
  }
}
