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
    isNotNull();
    if (!actual.name().equals(name)) {
      failBecause("to be named \"" + name + "\"", "the leader is named \"" + actual.name() + "\"");
    }
    return myself;
  }

  /**
   * Checks that the person is known by a name or spelling, the main one or another.
   *
   * @param name the name
   * @return this assertion
   */
  public LeaderAssert isKnownAs(String name) {
    isNotNull();
    if (!actual.name().equals(name) && !actual.otherNames().contains(name)) {
      failBecause(
          "to be known as \"" + name + "\"", "the leader is known as \"" + actual.name() + "\" and " + actual.otherNames());
    }
    return myself;
  }

  /**
   * Checks the party the person acts for.
   *
   * @param partyId the id of the expected party
   * @return this assertion
   */
  public LeaderAssert actsFor(String partyId) {
    isNotNull();
    if (!actual.party().equals(partyId)) {
      failBecause("to act for \"" + partyId + "\"", "the leader acts for \"" + actual.party() + "\"");
    }
    return myself;
  }

  /**
   * Checks the role in which the person acts.
   *
   * @param role the expected role
   * @return this assertion
   */
  public LeaderAssert hasRole(Role role) {
    isNotNull();
    if (actual.role() != role) {
      failBecause("to act as " + word(role), "the leader acts as " + word(actual.role()));
    }
    return myself;
  }

  /**
   * Checks the office as the source states it.
   *
   * @param office the expected office
   * @return this assertion
   */
  public LeaderAssert holdsOffice(String office) {
    isNotNull();
    if (!actual.office().equals(Optional.of(office))) {
      failBecause(
          "to hold the office \"" + office + "\"",
          actual.office().map(o -> "the leader holds \"" + o + "\"").orElse("no office is recorded"));
    }
    return myself;
  }
}
