package dev.entente;

import java.time.Duration;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

/**
 * The hand-written value classes keep the contract of {@code equals} and {@code hashCode}: equal
 * values have equal hash codes, each field that makes the value counts, and what is derived or
 * cached does not.
 */
class ValueEqualityTest {
  private static final TimePoint DAY = TimePoint.parse("2021-12-30");
  private static final TimePoint MOMENT = TimePoint.parse("2021-12-30T15:35-05:00");
  private static final DossierRecord RUSSIA = Records.state("russia", "RU").name("Russia").build();
  private static final DossierRecord UNITED_STATES =
      Records.state("us", "US").name("United States").build();

  @Test
  void timePoint() {
    EqualsVerifier.forClass(TimePoint.class)
        .withIgnoredFields("startSecond", "startNano", "text")
        .suppress(Warning.NONFINAL_FIELDS)
        .withNonnullFields("precision", "firstDay")
        .verify();
  }

  @Test
  void span() {
    EqualsVerifier.forClass(Span.class)
        .withPrefabValues(TimePoint.class, DAY, MOMENT)
        .withPrefabValues(Duration.class, Duration.ofMinutes(50), Duration.ofHours(2))
        .withNonnullFields("start")
        .verify();
  }

  @Test
  void countryCode() {
    EqualsVerifier.forClass(CountryCode.class).withNonnullFields("code").verify();
  }

  @Test
  void dossier() {
    EqualsVerifier.forClass(Dossier.class)
        .withOnlyTheseFields("records")
        .withPrefabValues(DossierRecord.class, RUSSIA, UNITED_STATES)
        .withNonnullFields("records")
        .verify();
  }

  @Test
  void timelineEntry() {
    EqualsVerifier.forClass(TimelineEntry.class)
        // Derived: the milestone from the record and the index, the first second from the time.
        .withIgnoredFields("milestone", "startSecond")
        .withPrefabValues(TimePoint.class, DAY, MOMENT)
        .withPrefabValues(DossierRecord.class, RUSSIA, UNITED_STATES)
        .withNonnullFields("time", "record")
        .verify();
  }

  @Test
  void dossierDiff() {
    EqualsVerifier.forClass(DossierDiff.class)
        .withPrefabValues(DossierRecord.class, RUSSIA, UNITED_STATES)
        .withPrefabValues(
            RecordChange.class,
            new RecordChange(RUSSIA, UNITED_STATES, List.of()),
            new RecordChange(UNITED_STATES, RUSSIA, List.of()))
        .withNonnullFields("added", "removed", "changed")
        .verify();
  }

  @Test
  void recordChange() {
    EqualsVerifier.forClass(RecordChange.class)
        .withIgnoredFields("fields")
        .withPrefabValues(DossierRecord.class, RUSSIA, UNITED_STATES)
        .withNonnullFields("before", "after")
        .verify();
  }

  @Test
  void fieldChange() {
    EqualsVerifier.forClass(FieldChange.class).withNonnullFields("path").verify();
  }
}
