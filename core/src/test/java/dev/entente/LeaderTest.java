package dev.entente;

import static dev.entente.Invalid.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LeaderTest {
  private static Leader.Builder ushakov() {
    return Leader.builder().id("ushakov").name("Yury Ushakov").party("ru").role(Role.ADVISER);
  }

  @Test
  void buildsWithEveryField() {
    Span term = Span.of(TimePoint.parse("2012-05-21"));
    Leader leader =
        ushakov()
            .addOtherName("Yuri Ushakov")
            .office("Adviser to the Russian President on international affairs")
            .term(term)
            .putIdentifier("wikidata", "Q4527004")
            .build();

    assertThat(leader.recordKind()).isEqualTo(RecordKind.LEADER);
    assertThat(leader.name()).isEqualTo("Yury Ushakov");
    assertThat(leader.otherNames()).containsExactly("Yuri Ushakov");
    assertThat(leader.party()).isEqualTo("ru");
    assertThat(leader.role()).isEqualTo(Role.ADVISER);
    assertThat(leader.office())
        .contains("Adviser to the Russian President on international affairs");
    assertThat(leader.term()).contains(term);
    assertThat(leader.identifiers()).containsEntry("wikidata", "Q4527004");
  }

  @Test
  void isEqualByValue() {
    assertThat(ushakov().build()).isEqualTo(ushakov().build()).hasSameHashCodeAs(ushakov().build());
    assertThat(ushakov().build()).isNotEqualTo(ushakov().role(Role.ENVOY).build());
    assertThat(ushakov().term(Span.of(TimePoint.parse("2012"), Duration.ofDays(1))).build())
        .isNotEqualTo(ushakov().build());
  }

  @Test
  void refusesAMissingName() {
    assertRejected(
        () -> Leader.builder().id("ushakov").party("ru").role(Role.ADVISER).build(),
        "name",
        "Leader \"ushakov\": name is required");
  }

  @Test
  void refusesAMissingParty() {
    assertRejected(
        () -> Leader.builder().id("ushakov").name("Yury Ushakov").role(Role.ADVISER).build(),
        "party",
        "Leader \"ushakov\": party is required");
  }

  @Test
  void refusesAMissingRole() {
    assertRejected(
        () -> Leader.builder().id("ushakov").name("Yury Ushakov").party("ru").build(),
        "role",
        "Leader \"ushakov\": role is required");
  }

  @Test
  void refusesAPartyThatIsTheLeaderItself() {
    assertRejected(
        () -> ushakov().party("ushakov").build(),
        "party",
        "Leader \"ushakov\": party must not refer to the record itself");
  }

  @Test
  void refusesABlankOffice() {
    assertRejected(
        () -> ushakov().office("").build(),
        "office",
        "Leader \"ushakov\": office must not be blank");
  }

  @Test
  void refusesABlankOtherName() {
    assertRejected(
        () -> ushakov().addOtherName("\t").build(),
        "otherNames",
        "Leader \"ushakov\": otherNames must not be blank");
  }

  @Test
  void refusesABlankIdentifier() {
    assertRejected(
        () -> ushakov().putIdentifier("wikidata", " ").build(),
        "identifiers",
        "Leader \"ushakov\": identifiers must not be blank");
  }
}
