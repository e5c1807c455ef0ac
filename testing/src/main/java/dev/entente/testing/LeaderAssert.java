package dev.entente.testing;

import dev.entente.Leader;
import dev.entente.Office;
import dev.entente.Role;
import dev.entente.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Assertions on a {@link Leader}, in the model's words.
 *
 * <pre>{@code
 * assertThat(ushakov).isKnownAs("Yuri Ushakov").actsFor("ru").hasRole(Role.ADVISER);
 * }</pre>
 */
public class LeaderAssert extends AbstractRecordAssert<LeaderAssert, Leader> {
  /**
   * Creates the assertion; {@link EntenteAssertions#assertThat(Leader)} is the usual way.
   *
   * @param actual the leader under test
   */
  public LeaderAssert(Leader actual) {
    super(actual, LeaderAssert.class);
  }

  /**
   * Checks the name the person is best known by.
   *
   * @param name the expected name
   * @return this assertion
   */
  public LeaderAssert isNamed(String name) {
    return expect(
        leader -> leader.name().equals(name),
        "to be named \"" + name + "\"",
        leader -> "the leader is named \"" + leader.name() + "\"");
  }

  /**
   * Checks that the person is known by a name or spelling, the main one or another.
   *
   * @param name the name
   * @return this assertion
   */
  public LeaderAssert isKnownAs(String name) {
    return expect(
        leader -> leader.name().equals(name) || leader.otherNames().contains(name),
        "to be known as \"" + name + "\"",
        leader -> "the leader is known as \"" + leader.name() + "\" and " + leader.otherNames());
  }

  /**
   * Checks that the person acts for a party, in any of the leader's offices.
   *
   * @param partyId the id of the expected party
   * @return this assertion
   */
  public LeaderAssert actsFor(String partyId) {
    return expect(
        leader -> leader.offices().stream().anyMatch(office -> office.party().equals(partyId)),
        "to act for \"" + partyId + "\"",
        leader -> "the leader acts for " + distinct(leader, office -> office.party()));
  }

  /**
   * Checks that the person acts in a role, in any of the leader's offices.
   *
   * @param role the expected role
   * @return this assertion
   */
  public LeaderAssert hasRole(Role role) {
    return expect(
        leader -> leader.offices().stream().anyMatch(office -> office.role() == role),
        "to act as " + word(role),
        leader -> "the leader acts as " + distinct(leader, office -> word(office.role())));
  }

  /**
   * Checks that one of the leader's offices has a title, as the source states it.
   *
   * @param title the expected title
   * @return this assertion
   */
  public LeaderAssert holdsOffice(String title) {
    return expect(
        leader ->
            leader.offices().stream().anyMatch(office -> office.title().equals(Optional.of(title))),
        "to hold the office \"" + title + "\"",
        leader -> {
          List<String> titles =
              leader.offices().stream().flatMap(office -> office.title().stream()).toList();
          return titles.isEmpty() ? "no title is recorded" : "the leader holds " + titles;
        });
  }

  /**
   * Checks that the term of one of the leader's offices covers a day, as {@link
   * Leader#officeAt(LocalDate)} tells.
   *
   * @param day the day
   * @return this assertion
   */
  public LeaderAssert heldOfficeOn(LocalDate day) {
    return expect(
        leader -> leader.officeAt(day).isPresent(),
        "to have held an office on " + day,
        leader ->
            "the terms of the leader's offices are "
                + leader.offices().stream()
                    .map(office -> office.term().map(Span::toString).orElse("not recorded"))
                    .toList());
  }

  private static List<String> distinct(Leader leader, Function<Office, String> property) {
    return leader.offices().stream().map(property).distinct().toList();
  }
}
