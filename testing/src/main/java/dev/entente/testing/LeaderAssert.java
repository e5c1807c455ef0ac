package dev.entente.testing;

import dev.entente.Leader;
import dev.entente.Role;
import java.util.Optional;

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
   * Checks the party the person acts for.
   *
   * @param partyId the id of the expected party
   * @return this assertion
   */
  public LeaderAssert actsFor(String partyId) {
    return expect(
        leader -> leader.party().equals(partyId),
        "to act for \"" + partyId + "\"",
        leader -> "the leader acts for \"" + leader.party() + "\"");
  }

  /**
   * Checks the role in which the person acts.
   *
   * @param role the expected role
   * @return this assertion
   */
  public LeaderAssert hasRole(Role role) {
    return expect(
        leader -> leader.role() == role,
        "to act as " + word(role),
        leader -> "the leader acts as " + word(leader.role()));
  }

  /**
   * Checks the office as the source states it.
   *
   * @param office the expected office
   * @return this assertion
   */
  public LeaderAssert holdsOffice(String office) {
    return expect(
        leader -> leader.office().equals(Optional.of(office)),
        "to hold the office \"" + office + "\"",
        leader ->
            leader
                .office()
                .map(o -> "the leader holds \"" + o + "\"")
                .orElse("no office is recorded"));
  }
}
