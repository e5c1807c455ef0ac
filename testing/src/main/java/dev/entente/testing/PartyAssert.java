package dev.entente.testing;

import dev.entente.CountryCode;
import dev.entente.Party;
import dev.entente.PartyKind;
import dev.entente.Recognition;
import java.time.LocalDate;
import java.util.List;
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
    return expect(
        party -> party.kind() == kind, "to be " + a(kind), party -> "it is " + a(party.kind()));
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
    return expect(
        party -> party.name().equals(name),
        "to be named \"" + name + "\"",
        party -> "it is named \"" + party.name() + "\"");
  }

  /**
   * Checks that the party is known by a name, its main one or another.
   *
   * @param name the name
   * @return this assertion
   */
  public PartyAssert isKnownAs(String name) {
    return expect(
        party -> party.name().equals(name) || party.otherNames().contains(name),
        "to be known as \"" + name + "\"",
        party -> "it is known as \"" + party.name() + "\" and " + party.otherNames());
  }

  /**
   * Checks the party's country.
   *
   * @param code the expected code, ISO 3166-1 alpha-2 or, for a former country, ISO 3166-3
   * @return this assertion
   */
  public PartyAssert hasCountry(String code) {
    return expect(
        party -> party.country().map(CountryCode::code).equals(Optional.of(code)),
        "to have the country " + code,
        party ->
            party
                .country()
                .map(country -> "its country is " + country)
                .orElse("no country is recorded"));
  }

  /**
   * Checks the party this one belongs to.
   *
   * @param partyId the id of the party it belongs to
   * @return this assertion
   */
  public PartyAssert isPartOf(String partyId) {
    return expect(
        party -> party.partOf().equals(Optional.of(partyId)),
        "to be part of \"" + partyId + "\"",
        party ->
            party
                .partOf()
                .map(whole -> "it is part of \"" + whole + "\"")
                .orElse("it is part of no other party"));
  }

  /**
   * Checks how widely other states recognise the party.
   *
   * @param recognition the expected recognition
   * @return this assertion
   */
  public PartyAssert hasRecognition(Recognition recognition) {
    return expect(
        party -> party.recognition().equals(Optional.of(recognition)),
        "to have " + word(recognition) + " recognition",
        party ->
            party
                .recognition()
                .map(actual -> "its recognition is " + word(actual))
                .orElse("no recognition is recorded"));
  }

  /**
   * Checks that the party existed on a day: it began on it or before, or its beginning is not
   * recorded, and it ended on it or after, or has not ended.
   *
   * @param day the day
   * @return this assertion
   */
  public PartyAssert existedOn(LocalDate day) {
    return expect(
        party -> party.existedOn(day),
        "to have existed on " + day,
        party ->
            "it existed "
                + party.began().map(began -> "from " + began).orElse("from a time not recorded")
                + party.ended().map(ended -> " until " + ended).orElse(" and has not ended"));
  }

  /**
   * Checks the parties this one succeeded, in any order.
   *
   * @param partyIds the ids of every predecessor
   * @return this assertion
   */
  public PartyAssert hasPredecessors(String... partyIds) {
    List<String> expected = List.of(partyIds);
    return expect(
        party ->
            party.predecessors().size() == expected.size()
                && party.predecessors().containsAll(expected),
        "to have the predecessors " + expected,
        party -> "its predecessors are " + party.predecessors());
  }

  /**
   * Checks that a party was a member of this one on a day, as {@link Party#membersOn(LocalDate)}
   * tells.
   *
   * @param partyId the member's id
   * @param day the day
   * @return this assertion
   */
  public PartyAssert hadMemberOn(String partyId, LocalDate day) {
    return expect(
        party -> party.membersOn(day).contains(partyId),
        "to have had \"" + partyId + "\" as a member on " + day,
        party -> "its members on that day were " + party.membersOn(day));
  }
}
