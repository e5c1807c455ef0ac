package dev.entente.testing;

import dev.entente.CountryCode;
import dev.entente.Party;
import dev.entente.PartyKind;
import java.util.Optional;

/**
 * Assertions on a {@link Party}, in the model's words.
 *
 * <pre>{@code
 * assertThat(russia).isState().hasCountry("RU").isKnownAs("Russian Federation");
 * }</pre>
 */
public class PartyAssert extends AbstractRecordAssert<PartyAssert, Party> {
  /**
   * Creates the assertion; {@link EntenteAssertions#assertThat(Party)} is the usual way.
   *
   * @param actual the party under test
   */
  public PartyAssert(Party actual) {
    super(actual, PartyAssert.class);
  }

  /**
   * Checks what kind of party this is.
   *
   * @param kind the expected kind
   * @return this assertion
   */
  public PartyAssert hasKind(PartyKind kind) {
    isNotNull();
    if (actual.kind() != kind) {
      failBecause("to be " + a(kind), "it is " + a(actual.kind()));
    }
    return myself;
  }

  /**
   * Checks that the party is a state.
   *
   * @return this assertion
   */
  public PartyAssert isState() {
    return hasKind(PartyKind.STATE);
  }

  /**
   * Checks the name the party is best known by.
   *
   * @param name the expected name
   * @return this assertion
   */
  public PartyAssert isNamed(String name) {
    isNotNull();
    if (!actual.name().equals(name)) {
      failBecause("to be named \"" + name + "\"", "it is named \"" + actual.name() + "\"");
    }
    return myself;
  }

  /**
   * Checks that the party is known by a name, its main one or another.
   *
   * @param name the name
   * @return this assertion
   */
  public PartyAssert isKnownAs(String name) {
    isNotNull();
    if (!actual.name().equals(name) && !actual.otherNames().contains(name)) {
      failBecause("to be known as \"" + name + "\"", "it is known as \"" + actual.name() + "\" and " + actual.otherNames());
    }
    return myself;
  }

  /**
   * Checks the party's country.
   *
   * @param code the expected ISO 3166-1 alpha-2 code
   * @return this assertion
   */
  public PartyAssert hasCountry(String code) {
    isNotNull();
    if (!actual.country().map(CountryCode::code).equals(Optional.of(code))) {
      failBecause(
          "to have the country " + code,
          actual.country().map(c -> "its country is " + c).orElse("no country is recorded"));
    }
    return myself;
  }

  /**
   * Checks the party this one belongs to.
   *
   * @param partyId the id of the party it belongs to
   * @return this assertion
   */
  public PartyAssert isPartOf(String partyId) {
    isNotNull();
    if (!actual.partOf().equals(Optional.of(partyId))) {
      failBecause(
          "to be part of \"" + partyId + "\"",
          actual.partOf().map(p -> "it is part of \"" + p + "\"").orElse("it is part of no other party"));
    }
    return myself;
  }
}
