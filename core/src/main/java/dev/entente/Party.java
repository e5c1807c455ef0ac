package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import dev.entente.internal.Spelling;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A state or an organisation that takes part in diplomacy.
 *
 * <pre>{@code
 * Party russia = Party.builder()
 *     .id("ru").kind(PartyKind.STATE).name("Russia").country(CountryCode.of("RU"))
 *     .build();
 * Party stateDepartment = Party.builder()
 *     .id("us-state-department").kind(PartyKind.GOVERNMENT_BODY)
 *     .name("US State Department").partOf("us")
 *     .build();
 * }</pre>
 *
 * <p>A party lives in time: {@link #began()} and {@link #ended()} bound its lifetime, and {@link
 * #predecessors()} names the parties it succeeded, so that the Russian Federation follows the
 * Soviet Union, which ended in 1991 with the ISO 3166-3 code {@code SUHH}:
 *
 * <pre>{@code
 * Party sovietUnion = Party.builder()
 *     .id("su").kind(PartyKind.STATE).name("Soviet Union").country(CountryCode.of("SUHH"))
 *     .began(TimePoint.parse("1922-12-30")).ended(TimePoint.parse("1991-12-26"))
 *     .build();
 * Party ottomanEmpire = Party.builder()
 *     .id("ottoman-empire").kind(PartyKind.STATE).name("Ottoman Empire")
 *     .putIdentifier("wikidata", "Q12560").ended(TimePoint.parse("1922-11-01"))
 *     .build();
 * }</pre>
 *
 * <p>Rules: a {@linkplain PartyKind#STATE state} has a country code or, if it has none (as a state
 * older than the codes), an identifier; only a state has a {@linkplain #recognition() recognition};
 * a {@linkplain PartyKind#GOVERNMENT_BODY government body} names the party it belongs to; the party
 * does not end before it begins; names are not blank; predecessors are distinct; neither they nor
 * the members include the party itself.
 */
@Value.Immutable
public abstract non-sealed class Party extends DossierRecord {
  Party() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Party}. Each setter sets the field of the same name, and the accessor its
   * javadoc links to states the field's rule. A field read as an {@code Optional}, a {@code List}
   * or a {@code Map} may be left out; every other must be set (a setter takes {@code null}, and
   * {@link #build()} then reports the field as missing). {@link #build()} checks every field's rule
   * and the party's rules, and names the field that breaks one.
   */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}

    /**
     * Sets every field from a party, to build a changed copy of it: lists are added to what this
     * builder holds.
     *
     * @param party the party to copy
     * @return this builder
     */
    public Builder from(Party party) {
      Declarations.PARTY.copy(party, this);
      return this;
    }

    /**
     * Builds the party from what was set.
     *
     * @return the party
     * @throws InvalidRecordException if a required field is not set or a rule is broken; the
     *     message names the field
     */
    @Override
    public Party build() {
      return super.build();
    }
  }

  /**
   * Returns what kind of party this is.
   *
   * @return the kind
   */
  public abstract PartyKind kind();

  /**
   * Returns the name the party is best known by.
   *
   * @return the name, not blank, such as {@code Russia} or {@code North Atlantic Treaty
   *     Organization}
   */
  public abstract String name();

  /**
   * Returns other names and abbreviations, such as {@code NATO}.
   *
   * @return other names, distinct, none blank
   */
  public abstract List<String> otherNames();

  /**
   * Returns the country: required for a state that has an ISO 3166 code, current or former;
   * optional for others (where an outlet or a body is).
   *
   * @return the country, or empty
   */
  public abstract Optional<CountryCode> country();

  /**
   * Returns how widely other states recognise this state, where a source says so.
   *
   * @return the recognition, given for a state only, or empty
   */
  public abstract Optional<Recognition> recognition();

  /**
   * Returns when the party came into being, such as {@code 1922-12-30} for the Soviet Union.
   *
   * @return the time, or empty when it is not recorded
   */
  public abstract Optional<TimePoint> began();

  /**
   * Returns when the party ceased to exist, such as {@code 1991-12-26} for the Soviet Union.
   *
   * @return the time, not before {@link #began()}, or empty while the party exists or when it is
   *     not recorded
   */
  public abstract Optional<TimePoint> ended();

  /**
   * Tells whether the party existed on a day: it began on it or before, or its beginning is not
   * recorded, and it ended on it or after, or it has not ended or its end is not recorded; a date
   * known only as a bound ({@code [..1922]}) counts every day it may be.
   *
   * @param day the day
   * @return whether the party existed on that day, as far as its lifetime is recorded
   */
  public boolean existedOn(LocalDate day) {
    return Days.within(began(), ended(), day);
  }

  /**
   * Returns the ids of the parties this one succeeded, such as the Soviet Union for Russia, or
   * Prussia for the German Empire. {@link Dossier#successorsOf(String)} reads the other way.
   *
   * @return party ids, distinct
   */
  public abstract List<String> predecessors();

  /**
   * Returns the id of the party this one belongs to, such as the state of a government body.
   *
   * @return a party id, or empty
   */
  public abstract Optional<String> partOf();

  /**
   * Returns the memberships of the parties that make up this one, such as the members of a forum or
   * of an alliance, each with when it joined and left where the sources say so. A party that left
   * and joined again has a membership for each time.
   *
   * @return the memberships, none naming this party
   */
  public abstract List<Membership> members();

  /**
   * Returns the ids of the parties that were members on a day, as {@link
   * Membership#isMemberOn(LocalDate)} tells, in the order of {@link #members()}, each once.
   *
   * @param day the day
   * @return party ids, distinct
   */
  public List<String> membersOn(LocalDate day) {
    return members().stream()
        .filter(membership -> membership.isMemberOn(day))
        .map(Membership::party)
        .distinct()
        .toList();
  }

  /**
   * Returns identifiers in other datasets, by scheme, such as {@code wikidata -> Q7184}.
   *
   * @return identifiers by lower-case scheme name
   */
  public abstract Map<String, String> identifiers();

  @Override
  public final RecordKind recordKind() {
    return RecordKind.PARTY;
  }

  @Value.Check
  final void check() {
    Invariants check = checkFields();
    if (kind() == PartyKind.STATE && country().isEmpty() && identifiers().isEmpty()) {
      throw check.fail(
          "country",
          "a state must have a country code, or, if it has no ISO 3166 code (as a state older"
              + " than the codes), an identifier such as its wikidata id");
    }
    if (recognition().isPresent() && kind() != PartyKind.STATE) {
      throw check.fail(
          "recognition", "only a state has a recognition, but the kind is " + Spelling.of(kind()));
    }
    if (began().isPresent() && ended().isPresent() && ended().get().isWhollyBefore(began().get())) {
      throw check.fail(
          "ended", "ended " + ended().get() + " is before the party began, " + began().get());
    }
    for (int i = 0; i < members().size(); i++) {
      if (members().get(i).party().equals(id())) {
        throw check.fail("members", "members[" + i + "] must not be the party itself");
      }
    }
    if (kind() == PartyKind.GOVERNMENT_BODY) {
      if (partOf().isEmpty()) {
        throw check.fail("partOf", "a government body must name the party it belongs to");
      }
    }
  }

  @Override
  final Declaration<?, ?> declaration() {
    return Declarations.PARTY;
  }
}
