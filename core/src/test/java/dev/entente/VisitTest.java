package dev.entente;

import static dev.entente.Invalid.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class VisitTest {
  private static Visit.Builder kalakaua() {
    return Visit.builder()
        .id("visit-2138")
        .addVisitor("kalakaua")
        .host("us")
        .when(Span.of(TimePoint.parse("1874-12-12"), TimePoint.parse("1874-12-23")));
  }

  @Test
  void holdsAVisitWhoseSourceNamesNoHost() {
    Visit visit =
        kalakaua()
            .description("First visit by a foreign Chief of State or Head of Government.")
            .build();

    assertThat(visit.recordKind()).isEqualTo(RecordKind.VISIT);
    assertThat(visit.visitors()).containsExactly("kalakaua");
    assertThat(visit.host()).isEqualTo("us");
    assertThat(visit.hosts()).isEmpty();
    assertThat(visit.kind()).isEmpty();
    assertThat(visit.places()).isEmpty();
    assertThat(visit.span()).contains(visit.when());
  }

  @Test
  void holdsEveryField() {
    Visit visit =
        kalakaua()
            .kind(VisitKind.STATE_VISIT)
            .addHost("grant")
            .addPlaces(
                Place.of("Washington", CountryCode.of("US")),
                Place.of("Boston", CountryCode.of("US")))
            .invitedBy("grant")
            .addInclude("dinner")
            .addSource("s")
            .build();

    assertThat(visit.hosts()).containsExactly("grant");
    assertThat(visit.kind()).contains(VisitKind.STATE_VISIT);
    assertThat(visit.places())
        .extracting(Place::localities)
        .containsExactly(List.of("Washington"), List.of("Boston"));
    assertThat(visit.invitedBy()).contains("grant");
    assertThat(visit.includes()).containsExactly("dinner");
  }

  @Test
  void refusesAVisitWithoutVisitors() {
    assertRejected(
        () -> Visit.builder().id("v").host("us").when(Span.of(Records.DAY)).build(),
        "visitors",
        "Visit \"v\": visitors must list at least 1 leader, but lists 0");
  }

  @Test
  void refusesAHostWhoIsAlsoAVisitor() {
    assertRejected(
        () -> kalakaua().addHosts("grant", "kalakaua").build(),
        "hosts",
        "Visit \"visit-2138\": hosts[1] \"kalakaua\" is also one of the visitors");
  }

  @Test
  void isTheOccasionOfAMilestoneWithinItsDays() {
    Visit visit =
        Records.visit("state-visit", "putin", "us")
            .when(Span.of(TimePoint.parse("2021-12-29"), TimePoint.parse("2021-12-31")))
            .build();
    Agreement signedThere = signedDuring("treaty", "2021-12-30", "state-visit");
    Agreement signedLater = signedDuring("later", "2022-01-05", "state-visit");

    assertThat(Records.twoStates().add(visit).add(signedThere).validate()).isEmpty();
    assertThat(Records.twoStates().add(visit).add(signedLater).validate())
        .extracting(Problem::kind, Problem::path)
        .containsExactly(tuple(Problem.Kind.OCCASION_MISMATCH, "milestones[0].when"));
  }

  private static Agreement signedDuring(String id, String day, String occasion) {
    return Records.agreement(id, "ru", "us")
        .milestones(
            List.of(
                Milestone.builder()
                    .stage(Stage.SIGNED)
                    .when(TimePoint.parse(day))
                    .occasion(occasion)
                    .build()))
        .build();
  }
}
