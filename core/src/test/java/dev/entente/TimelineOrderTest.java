package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
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

  /**
   * The timeline compares the entries' first seconds before their times; it must order as the
   * times' own order, then the ids, whether the seconds differ or not.
   */
  @Test
  void ordersAsTheTimesThemselvesWhereverTheirFirstSecondsFall() {
    List<String> times =
        List.of(
            "2022",
            "2022-01",
            "2022-01-01",
            "2022-01-01?",
            "2022-01-01~",
            "[..2022-01-01]",
            "[2022-01-01..]",
            "2022-01-01T00:00Z",
            "2022-01-01T02:00+02:00",
            "2022-01-01T00:00:00.000000001Z",
            "2022-01-01T00:00:00.5Z",
            "2022-01-01T00:00:01Z",
            "2021-12-31T23:59:59.999999999Z",
            "2021-12-31T19:00-05:00",
            "2021-12-31",
            "2021");
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      // Each time twice, so that equal times are ordered by id; ids out of the times' order.
      statements.add(statement("s" + (times.size() - i), times.get(i)));
      statements.add(statement("t" + i, times.get(i)));
    }
    Collections.shuffle(statements, new Random(7));
    List<String> byTheTimesOwnOrder =
        statements.stream()
            .sorted(Comparator.comparing(Statement::when).thenComparing(Statement::id))
            .map(s -> TimelineEntry.of(s.when(), s).toString())
            .toList();

    assertThat(timeline(statements.toArray(DossierRecord[]::new)))
        .containsExactlyElementsOf(byTheTimesOwnOrder);
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
