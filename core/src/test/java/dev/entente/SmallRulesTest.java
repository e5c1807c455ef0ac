package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Small rules that larger tests pass through without telling their cases apart. */
class SmallRulesTest {
  private static final Party RUSSIA = Records.state("russia", "RU").name("Russia").build();
  private static final Party RUSSIA_RENAMED =
      Records.state("russia", "RU").name("Russian Federation").build();
  private static final RecordChange RENAMED = new RecordChange(RUSSIA, RUSSIA_RENAMED, List.of());

  @Test
  void anAgreementAdvancesButNeverGoesBackUnlessInterrupted() {
    assertThat(Stage.AGREED.then(Stage.SIGNED)).isEqualTo(Stage.SIGNED);
    assertThat(Stage.SIGNED.then(Stage.AGREED)).isEqualTo(Stage.SIGNED);
    assertThat(Stage.SIGNED.then(Stage.SUSPENDED)).isEqualTo(Stage.SUSPENDED);
    assertThat(Stage.SUSPENDED.then(Stage.PROPOSED)).isEqualTo(Stage.PROPOSED);
    assertThat(Stage.WITHDRAWN.then(Stage.IN_FORCE)).isEqualTo(Stage.IN_FORCE);
  }

  @Test
  void aDiffIsEmptyOnlyWithoutAdditionsRemovalsAndChanges() {
    assertThat(new DossierDiff(List.of(), List.of(), List.of()).isEmpty()).isTrue();
    assertThat(new DossierDiff(List.of(RUSSIA), List.of(), List.of()).isEmpty()).isFalse();
    assertThat(new DossierDiff(List.of(), List.of(RUSSIA), List.of()).isEmpty()).isFalse();
    assertThat(new DossierDiff(List.of(), List.of(), List.of(RENAMED)).isEmpty()).isFalse();
  }

  @Test
  void countsProblemsAndConflictsInWords() {
    Problem problem =
        new Problem(
            Problem.Kind.UNKNOWN_REFERENCE,
            RecordKind.LEADER,
            "putin",
            "party",
            "no record has id \"ru\"");

    assertThat(new InvalidDossierException(List.of(problem)))
        .hasMessageStartingWith("the dossier has 1 problem:");
    assertThat(new InvalidDossierException(List.of(problem, problem)))
        .hasMessageStartingWith("the dossier has 2 problems:");
    assertThat(new MergeConflictException(List.of(RENAMED)))
        .hasMessageStartingWith("the dossiers disagree on 1 record:");
    assertThat(new MergeConflictException(List.of(RENAMED, RENAMED)))
        .hasMessageStartingWith("the dossiers disagree on 2 records:");
  }

  @Test
  void onlyAMomentWidensTheWindowsOfTwoPoints() {
    TimePoint day = TimePoint.parse("2021-12-30");
    TimePoint moment = TimePoint.parse("2021-12-30T15:35-05:00");

    assertThat(TimeWindow.mustWiden(day, day)).isFalse();
    assertThat(TimeWindow.mustWiden(moment, day)).isTrue();
    assertThat(TimeWindow.mustWiden(day, moment)).isTrue();
  }
}
