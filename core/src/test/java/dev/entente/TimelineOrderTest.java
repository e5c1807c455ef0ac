package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each step of the timeline's order, on entries that agree on every step before it. */
class TimelineOrderTest {
  private static final Party RUSSIA = Records.state("ru", "RU").name("Russia").build();
  private static final Leader PUTIN =
      Records.leader("putin", "ru", Role.HEAD_OF_STATE).name("Vladimir Putin").build();

  private static Statement statement(String id, String when) {
    return Statement.builder()
        .id(id)
        .kind(StatementKind.READOUT)
        .by("putin")
        .when(TimePoint.parse(when))
        .summary("s")
        .build();
  }

  private static Milestone milestone(Stage stage, String when) {
    return Milestone.builder().stage(stage).when(TimePoint.parse(when)).build();
  }

  private static List<String> timeline(DossierRecord... records) {
    Dossier dossier = Dossier.builder().add(RUSSIA).add(PUTIN).addAll(List.of(records)).build();
    return dossier.timeline().stream().map(TimelineEntry::toString).collect(Collectors.toList());
  }

  @Test
  void ordersByTheInstantFirst() {
    assertThat(
            timeline(
                statement("b", "2022-01-10T10:00Z"),
                statement("a", "2022-01-10T10:00:00.5Z"),
                statement("c", "2022-01-10T09:00Z"),
                statement("d", "2022-01-10T10:00:01Z")))
        .containsExactly(
            "2022-01-10T09:00Z statement \"c\"",
            "2022-01-10T10:00Z statement \"b\"",
            "2022-01-10T10:00:00.500Z statement \"a\"",
            "2022-01-10T10:00:01Z statement \"d\"");
  }

  @Test
  void ordersAPeriodBeforeWhatHappensWithinIt() {
    assertThat(
            timeline(
                statement("a", "2022-01-01"), statement("b", "2022-01"), statement("c", "2022")))
        .containsExactly(
            "2022 statement \"c\"", "2022-01 statement \"b\"", "2022-01-01 statement \"a\"");
  }

  @Test
  void ordersByKindOfRecordThenIdAtTheSameTime() {
    Agreement agreement =
        Agreement.builder()
            .id("a")
            .kind(AgreementKind.COMMITMENT)
            .title("Joint statement")
            .addParty("ru")
            .addMilestone(milestone(Stage.AGREED, "2022-01-10"))
            .build();

    assertThat(timeline(statement("z", "2022-01-10"), agreement, statement("y", "2022-01-10")))
        .containsExactly(
            "2022-01-10 statement \"y\"",
            "2022-01-10 statement \"z\"",
            "2022-01-10 agreement \"a\" AGREED");
  }

  @Test
  void ordersMilestonesOfOneAgreementAtTheSameTimeAsTheyStand() {
    Agreement agreement =
        Agreement.builder()
            .id("a")
            .kind(AgreementKind.TREATY)
            .title("Treaty")
            .addParty("ru")
            .addMilestone(milestone(Stage.SIGNED, "2022-01-10"))
            .addMilestone(milestone(Stage.RATIFIED, "2022-01-10"))
            .addMilestone(milestone(Stage.IN_FORCE, "2022-01-10"))
            .build();

    assertThat(timeline(agreement))
        .containsExactly(
            "2022-01-10 agreement \"a\" SIGNED",
            "2022-01-10 agreement \"a\" RATIFIED",
            "2022-01-10 agreement \"a\" IN_FORCE");
  }
}
